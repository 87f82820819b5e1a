import type { GlobalAfterChangeHook } from 'payload'
import { describeGlobalChange } from '../describeChange'
import { getRebuildScheduler } from '../rebuildScheduler'
import { hasDrafts } from './hasDrafts'
import { skipRebuild } from './skipRebuild'

/** Schedule a site build on every global update (drafts of a global, if any, excepted). */
export const triggerOnGlobalChange: GlobalAfterChangeHook = ({ context, doc, global, previousDoc, req }) => {
  if (skipRebuild(context)) return doc
  const status = (doc as { _status?: unknown })._status
  const previousStatus = (previousDoc as { _status?: unknown } | undefined)?._status
  if (hasDrafts(global) && status !== 'published' && previousStatus !== 'published') return doc
  getRebuildScheduler().request(describeGlobalChange(global), { payload: req.payload })
  return doc
}
