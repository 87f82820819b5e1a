import type { Payload, TypedUser } from 'payload'
import { hasEditorRole } from '../../access/hasEditorRole'
import { SHAREHOLDER_APPLICATIONS } from '../slug'

export type PanelLink = { id: number | string; organisation: string; href: string; since?: string }

export type PanelData = {
  /** Applications waiting for review. */
  count: number
  /** The oldest waiting ones, oldest first. */
  oldest: PanelLink[]
  /** The list of all waiting applications. */
  listHref: string
  /** Decisions whose email could not be sent. */
  failures: PanelLink[]
}

const SHOWN = 5

/**
 * What the dashboard panel shows, read with the user's own access: nothing at all but for an
 * editor or admin.
 */
export async function shareholdersPanelData(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<PanelData | undefined> {
  if (!hasEditorRole(user)) return undefined
  const base = `${payload.config.routes.admin}/collections/${SHAREHOLDER_APPLICATIONS}`
  const access = { overrideAccess: false, user, depth: 0 } as const
  const [waiting, failed] = await Promise.all([
    payload.find({
      collection: SHAREHOLDER_APPLICATIONS,
      where: { status: { equals: 'pending' } },
      select: { organisation: true, statusChangedAt: true, createdAt: true },
      sort: 'statusChangedAt',
      limit: SHOWN,
      ...access,
    }),
    payload.find({
      collection: SHAREHOLDER_APPLICATIONS,
      where: { 'decisionMail.failure': { exists: true } },
      select: { organisation: true },
      limit: SHOWN,
      ...access,
    }),
  ])
  const link = (doc: { id: number | string; organisation: string }) => ({
    id: doc.id,
    organisation: doc.organisation,
    href: `${base}/${doc.id}`,
  })
  return {
    count: waiting.totalDocs,
    oldest: waiting.docs.map((doc) => ({ ...link(doc), since: doc.statusChangedAt ?? doc.createdAt })),
    listHref: `${base}?where[status][equals]=pending`,
    failures: failed.docs.map(link),
  }
}
