import type { CollectionBeforeChangeHook } from 'payload'
import { hasDrafts } from './hasDrafts'
import { liveStatus, wasPublishedKey } from './publicStatus'
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
  context[wasPublishedKey(collection.slug, id)] = (await liveStatus(req, collection.slug, id)) === 'published'
  return data
}
