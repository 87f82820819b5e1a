import type { Payload, TypedUser, Where } from 'payload'
import { publicCollectionInfo, publicCollections, type PublicCollection } from '@mao/shared/collections'
import { listHref } from '../listHref'

const STALE_DAYS = 30
const DAY = 24 * 60 * 60 * 1000

export type StaleDrafts = { collection: PublicCollection; label: string; count: number; href: string }

/**
 * Drafts nobody touched for a month, per collection that has any (never published, taken offline,
 * or unpublished changes to a live document). Read from each document's newest version, as the
 * admin's list does: saving a draft leaves the document's own row, and its `updatedAt`, as it was.
 */
export async function staleDrafts(payload: Payload, user: TypedUser, now = new Date()): Promise<StaleDrafts[]> {
  const where: Where = {
    _status: { equals: 'draft' },
    updatedAt: { less_than: new Date(now.getTime() - STALE_DAYS * DAY).toISOString() },
  }
  const counts = await Promise.all(
    publicCollections.map(async (collection) => {
      const { totalDocs } = await payload.find({
        collection,
        where,
        draft: true,
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return {
        collection,
        label: publicCollectionInfo[collection].label,
        count: totalDocs,
        href: listHref(payload.config.routes.admin, collection, where),
      }
    }),
  )
  return counts.filter(({ count }) => count > 0)
}
