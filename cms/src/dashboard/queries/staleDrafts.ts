import type { Payload, TypedUser, Where } from 'payload'
import { publicCollections, type PublicCollection } from '@mao/shared/collections'
import { countedList, type CountedList } from './countedList'

const STALE_DAYS = 30
const DAY = 24 * 60 * 60 * 1000

export type StaleDrafts = CountedList<PublicCollection>

/**
 * Drafts nobody touched for a month, per collection that has any: never published, taken offline,
 * or unpublished changes to a live document.
 */
export async function staleDrafts(payload: Payload, user: TypedUser, now = new Date()): Promise<StaleDrafts[]> {
  const where: Where = {
    _status: { equals: 'draft' },
    updatedAt: { less_than: new Date(now.getTime() - STALE_DAYS * DAY).toISOString() },
  }
  const counts = await Promise.all(publicCollections.map((collection) => countedList(payload, user, collection, where)))
  return counts.filter(({ count }) => count > 0)
}
