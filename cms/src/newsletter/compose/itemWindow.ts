import type { Payload, PayloadRequest } from 'payload'
import { newsletterSettings } from '../settings'

/**
 * The next edition covers what was published after the previous sent edition collected its
 * items (its `periodEnd`, else its send time); the first edition covers one interval back.
 */
export async function itemWindowStart(payload: Payload, now: Date, req?: PayloadRequest): Promise<Date> {
  const { docs } = await payload.find({
    collection: 'newsletters',
    where: { status: { equals: 'sent' } },
    sort: '-edition',
    limit: 1,
    depth: 0,
    select: { periodEnd: true, sentAt: true },
    overrideAccess: true,
    req,
  })
  const previous = docs[0]
  const end = previous?.periodEnd ?? previous?.sentAt
  if (end) return new Date(end)
  return new Date(now.getTime() - newsletterSettings().intervalDays * 24 * 60 * 60 * 1000)
}
