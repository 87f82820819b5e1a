import type { Payload, TypedUser } from 'payload'
import { newsletterSettings } from '../../newsletter'

const DAY = 24 * 60 * 60 * 1000

export type NextNewsUpdate =
  /** An edition not sent yet (draft, approved or sending): the next one out. */
  | { kind: 'open'; edition?: number | null; title?: string | null; status: string; href: string }
  /** All sent: the job composes the next draft from this date on (when there is news). */
  | { kind: 'expected'; from: string }
  | { kind: 'none' }

/**
 * The next news update and where it stands. The compose job opens no edition while one is
 * unsent, so the newest edition is the open one if there is any.
 */
export async function nextNewsUpdate(payload: Payload, user: TypedUser): Promise<NextNewsUpdate> {
  const { docs } = await payload.find({
    collection: 'newsletters',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { edition: true, title: true, status: true, sentAt: true, createdAt: true },
    overrideAccess: false,
    user,
  })
  const newest = docs[0]
  if (!newest) return { kind: 'none' }
  if (newest.status !== 'sent')
    return {
      kind: 'open',
      edition: newest.edition,
      title: newest.title,
      status: newest.status,
      href: `${payload.config.routes.admin}/collections/newsletters/${String(newest.id)}`,
    }
  const last = Date.parse(newest.createdAt)
  return { kind: 'expected', from: new Date(last + (newsletterSettings().intervalDays - 1) * DAY).toISOString() }
}
