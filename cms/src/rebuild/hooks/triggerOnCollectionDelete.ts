import type { CollectionAfterDeleteHook } from 'payload'
import { describeDocumentChange } from '../describeChange'
import { getRebuildScheduler } from '../rebuildScheduler'
import { hasDrafts } from './hasDrafts'
import { isCoveredByAnotherChange, skipRebuild } from './skipRebuild'

/** Schedule a site build when a published document is deleted (`doc` is the live document). */
export const triggerOnCollectionDelete: CollectionAfterDeleteHook = ({ collection, context, doc, req }) => {
  if (skipRebuild(context) || isCoveredByAnotherChange(context, collection.slug)) return doc
  const live = doc as Record<string, unknown>
  if (hasDrafts(collection) && live._status !== 'published') return doc
  getRebuildScheduler().request(describeDocumentChange(collection, live, 'verwijderd'), { payload: req.payload })
  return doc
}
