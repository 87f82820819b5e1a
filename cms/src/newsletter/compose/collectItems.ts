import type { Payload, PayloadRequest } from 'payload'
import { UPCOMING_EVENT_WEEKS, type NewsletterSectionCollection } from '@mao/shared/newsletterSections'

export type EditionItem = {
  [C in NewsletterSectionCollection]: { relationTo: C; value: number }
}[NewsletterSectionCollection]

const PUBLISHED_COLLECTIONS = ['news', 'practices'] as const
const MAX_ITEMS_PER_COLLECTION = 50
const WEEK = 7 * 24 * 60 * 60 * 1000

/** The end of the agenda window of an edition composed at `composedAt`. */
export const upcomingEventsUntil = (composedAt: Date): Date =>
  new Date(composedAt.getTime() + UPCOMING_EVENT_WEEKS * WEEK)

/**
 * Published news and practices marked "Opnemen in de nieuwsbrief", published after `since` and
 * not after `until`, newest first.
 */
async function publishedItems(
  payload: Payload,
  { since, until, req }: { since: Date; until: Date; req?: PayloadRequest },
): Promise<EditionItem[]> {
  const found = await Promise.all(
    PUBLISHED_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: {
          and: [
            { inNewsletter: { equals: true } },
            { _status: { equals: 'published' } },
            { publishedAt: { greater_than: since.toISOString() } },
            { publishedAt: { less_than_equal: until.toISOString() } },
          ],
        },
        sort: '-publishedAt',
        limit: MAX_ITEMS_PER_COLLECTION,
        depth: 0,
        select: { publishedAt: true },
        overrideAccess: true,
        req,
      })
      return docs.map((doc) => ({ item: { relationTo: collection, value: doc.id }, at: String(doc.publishedAt ?? '') }))
    }),
  )
  return found
    .flat()
    .sort((a, b) => b.at.localeCompare(a.at))
    .map(({ item }) => item)
}

/**
 * Published events starting after `composedAt` and at most UPCOMING_EVENT_WEEKS later, soonest
 * first. Every upcoming event is listed: the agenda has no newsletter switch of its own.
 */
export async function upcomingEvents(
  payload: Payload,
  { composedAt, req }: { composedAt: Date; req?: PayloadRequest },
): Promise<EditionItem[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { startsAt: { greater_than: composedAt.toISOString() } },
        { startsAt: { less_than_equal: upcomingEventsUntil(composedAt).toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit: MAX_ITEMS_PER_COLLECTION,
    depth: 0,
    select: { startsAt: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ relationTo: 'events', value: doc.id }))
}

/**
 * The items of an edition composed at `until`: what was published since the previous edition
 * (news and practices, newest first), then the agenda of the weeks ahead (events, soonest first).
 */
export async function collectItems(
  payload: Payload,
  { since, until, req }: { since: Date; until: Date; req?: PayloadRequest },
): Promise<EditionItem[]> {
  const [published, events] = await Promise.all([
    publishedItems(payload, { since, until, req }),
    upcomingEvents(payload, { composedAt: until, req }),
  ])
  return [...published, ...events]
}
