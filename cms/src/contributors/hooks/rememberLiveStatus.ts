import type { CollectionBeforeChangeHook } from 'payload'

export const wasLiveKey = (collection: string, id: unknown): string =>
  `contributors:wasLive:${collection}:${String(id)}`

/**
 * Before an update, note whether the live document is published. `originalDoc` (and afterChange's
 * `previousDoc`) is the newest version, which may be a draft saved over the published document.
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  const live = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  context[wasLiveKey(collection.slug, id)] = live?._status === 'published'
  return data
}
