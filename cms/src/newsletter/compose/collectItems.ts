import type { Payload, PayloadRequest } from 'payload'

export type EditionItem = { relationTo: 'news'; value: number } | { relationTo: 'practices'; value: number }

const ITEM_COLLECTIONS = ['news', 'practices'] as const
const MAX_ITEMS_PER_COLLECTION = 50

/**
 * Published news and practices marked "Opnemen in de nieuwsbrief", published after `since` and
 * not after `until`, newest first: the items of the next edition.
 */
export async function collectItems(
  payload: Payload,
  { since, until, req }: { since: Date; until: Date; req?: PayloadRequest },
): Promise<EditionItem[]> {
  const found = await Promise.all(
    ITEM_COLLECTIONS.map(async (collection) => {
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
      return docs.map(
        (doc) =>
          ({ relationTo: collection, value: doc.id, publishedAt: String(doc.publishedAt ?? '') }) as EditionItem & {
            publishedAt: string
          },
      )
    }),
  )
  return found
    .flat()
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .map(({ relationTo, value }) => ({ relationTo, value }))
}
