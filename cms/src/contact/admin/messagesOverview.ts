import type { Payload, TypedUser } from 'payload'
import { hasEditorRole } from '../../access/hasEditorRole'
import { programmeOfficeAddress } from '../../forms'
import { CONTACT_MESSAGES } from '../collections/ContactMessages'

export interface MessagesOverview {
  /** Contact messages nobody has picked up yet, as this user may see them. */
  newCount: number
  /** No programme office address in the site settings: new messages are stored but not mailed. */
  officeAddressMissing: boolean
}

/** What the dashboard's "Berichten" panel shows; nothing for anyone but editors. */
export async function messagesOverview(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<MessagesOverview | undefined> {
  if (!hasEditorRole(user)) return undefined
  const [{ totalDocs }, office] = await Promise.all([
    payload.count({ collection: CONTACT_MESSAGES, where: { status: { equals: 'new' } }, user, overrideAccess: false }),
    programmeOfficeAddress(payload),
  ])
  return { newCount: totalDocs, officeAddressMissing: !office }
}
