import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { liveDocumentBeforeSave } from '../../hooks/liveDocument'

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
  const live = await liveDocumentBeforeSave(
    req,
    collection.slug as CollectionSlug,
    originalDoc as { id: number | string },
  )
  context[wasLiveKey(collection.slug, id)] = live?._status === 'published'
  return data
}
