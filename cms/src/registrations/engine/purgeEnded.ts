import type { Payload, PayloadRequest } from 'payload'
import { REGISTRATIONS } from '../collections/Registrations'
import { communityTarget } from '../targets/loadTarget'
import { targetKey } from '../targets/targetKey'

/** Registrations are kept this long after their community's last meeting or their event's end. */
export const DAYS_KEPT_AFTER_END = 30

const DAY_MS = 24 * 3600_000

/** The keys of communities and events whose last date ended before `cutoff`. */
async function endedTargetKeys(payload: Payload, cutoff: Date, req?: PayloadRequest): Promise<string[]> {
  const options = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const events = await payload.find({
    ...options,
    collection: 'events',
    where: { endsAt: { less_than: cutoff.toISOString() } },
    select: { endsAt: true },
  })
  const communities = await payload.find({ ...options, collection: 'communities', select: { meetings: true } })
  const endedCommunities = communities.docs.filter((doc) => {
    const last = communityTarget(doc as Parameters<typeof communityTarget>[0]).sessions.at(-1)
    return last !== undefined && new Date(last.endsAt).getTime() < cutoff.getTime()
  })
  return [
    ...events.docs.map((doc) => targetKey('events', doc.id)),
    ...endedCommunities.map((doc) => targetKey('communities', doc.id)),
  ]
}

/**
 * Deletes the registrations of communities and events that ended more than DAYS_KEPT_AFTER_END
 * days ago. Straight through the database adapter: the collection's delete hook would hand each
 * freed place to the waitlist and mail them, which is wrong for something that is over.
 */
export async function purgeEndedRegistrations(
  payload: Payload,
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<number> {
  const keys = await endedTargetKeys(payload, new Date(now.getTime() - DAYS_KEPT_AFTER_END * DAY_MS), req)
  if (keys.length === 0) return 0
  const where = { targetKey: { in: keys } }
  const { totalDocs } = await payload.count({ collection: REGISTRATIONS, where, overrideAccess: true, req })
  if (totalDocs > 0) await payload.db.deleteMany({ collection: REGISTRATIONS, where, req })
  return totalDocs
}
