import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { liveDocument } from '../../hooks/liveDocument'

export const wasLiveKey = (collection: string, id: unknown): string =>
  `contributors:wasLive:${collection}:${String(id)}`

/** Before an update, note whether the live document is published (see `liveDocument`). */
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
  const live = await liveDocument(req, collection.slug as CollectionSlug, id)
  context[wasLiveKey(collection.slug, id)] = live?._status === 'published'
  return data
}
