import type { CollectionBeforeChangeHook } from 'payload'
import { hasDrafts } from './hasDrafts'
import { liveDocumentBeforeSave } from '../../hooks/liveDocument'
import { wasPublishedKey } from './publicStatus'
import { skipRebuild } from './skipRebuild'

/**
 * Before an update, note whether the live document is published. `originalDoc` is the latest
 * version, which may be a draft over a published document, so it cannot tell.
 */
export const rememberPublicStatus: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !hasDrafts(collection) || skipRebuild(context)) return data
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (id === undefined) return data
  const live = await liveDocumentBeforeSave(req, collection.slug, originalDoc as { id: number | string })
  context[wasPublishedKey(collection.slug, id)] = live?._status === 'published'
  return data
}
