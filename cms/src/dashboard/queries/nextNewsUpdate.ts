import type { Payload, TypedUser } from 'payload'
import { newsletterSettings, nextRunInSiteTimeZone } from '../../newsletter'

const DAY = 24 * 60 * 60 * 1000

export type NextNewsUpdate =
  /** An edition not sent yet (draft, approved or sending): the next one out. */
  | { kind: 'open'; edition?: number | null; title?: string | null; status: string; href: string }
  /** All sent: the compose job's first run that may make the next draft (when there is news). */
  | { kind: 'expected'; from: string }
  | { kind: 'none' }

/**
 * The next news update and where it stands. The compose job opens no edition while one is
 * unsent, so the newest edition is the open one if there is any.
 */
export async function nextNewsUpdate(payload: Payload, user: TypedUser, now = new Date()): Promise<NextNewsUpdate> {
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
  // The job runs on its cron and makes an edition once the last is an interval (less a day) old.
  const { composeCron, intervalDays } = newsletterSettings()
  const earliest = Math.max(Date.parse(newest.createdAt) + (intervalDays - 1) * DAY, now.getTime())
  const run = nextRunInSiteTimeZone(composeCron, new Date(earliest - 1))
  return run ? { kind: 'expected', from: run.toISOString() } : { kind: 'none' }
}
