import type { CollectionBeforeChangeHook } from 'payload'
import { livePath } from '../documentPath'
import type { CollectionWithPage } from '@mao/shared/collections'

export const livePathKey = (collection: string, id: unknown): string => `redirects:livePath:${collection}:${String(id)}`

/**
 * Before an update, note the path the live document has on the site. `originalDoc` may be a draft
 * saved over the published document; the collection's own row is the live one.
 */
export const rememberLivePath: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  const live = await req.payload.db.findOne<{ id: number | string; slug?: string | null; _status?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  context[livePathKey(collection.slug, id)] = livePath(collection.slug as CollectionWithPage, live)
  return data
}
