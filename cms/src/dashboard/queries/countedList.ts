import type { Payload, TypedUser, Where } from 'payload'
import { publicCollectionInfo, type PublicCollection } from '@mao/shared/collections'
import { listHref } from '../listHref'

export type CountedList<Collection extends PublicCollection> = {
  collection: Collection
  label: string
  count: number
  href: string
}

/**
 * How many documents of a collection match `where`, with a link to the admin list filtered alike.
 * Counted on each document's newest version, as that list shows them: saving a draft leaves the
 * document's own row (its review state, its `updatedAt`) as it was.
 */
export async function countedList<Collection extends PublicCollection>(
  payload: Payload,
  user: TypedUser,
  collection: Collection,
  where: Where,
): Promise<CountedList<Collection>> {
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
}
