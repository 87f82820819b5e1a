import type { CollectionBeforeChangeHook } from 'payload'
import { liveDocumentBeforeSave } from '../../hooks/liveDocument'
import { livePath } from '../documentPath'
import type { CollectionWithPage } from '@mao/shared/collections'

export const livePathKey = (collection: string, id: unknown): string => `redirects:livePath:${collection}:${String(id)}`

/** Before an update, note the path the live document has on the site (none when not published). */
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
  const live = await liveDocumentBeforeSave(
    req,
    collection.slug as CollectionWithPage,
    originalDoc as { id: number | string },
  )
  context[livePathKey(collection.slug, id)] = livePath(collection.slug as CollectionWithPage, live)
  return data
}
