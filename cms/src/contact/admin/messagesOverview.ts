import type { Payload, TypedUser } from 'payload'
import { programmeOfficeAddress } from '../../forms'
import { CONTACT_MESSAGES } from '../collections/ContactMessages'

export interface MessagesOverview {
  /** Contact messages nobody has picked up yet, as this user may see them. */
  newCount: number
  /** No programme office address in the site settings: new messages are stored but not mailed. */
  officeAddressMissing: boolean
}

/** What the dashboard's "Berichten" panel shows; nothing for a visitor who is not logged in. */
export async function messagesOverview(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<MessagesOverview | undefined> {
  if (!user) return undefined
  const [{ totalDocs }, office] = await Promise.all([
    payload.count({ collection: CONTACT_MESSAGES, where: { status: { equals: 'new' } }, user, overrideAccess: false }),
    programmeOfficeAddress(payload),
  ])
  return { newCount: totalDocs, officeAddressMissing: !office }
}
