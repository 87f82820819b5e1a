import type { CollectionAfterChangeHook, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'
import { describeDocumentChange } from '../describeChange'
import { getRebuildScheduler } from '../rebuildScheduler'
import { hasDrafts } from './hasDrafts'
import { liveStatus, wasPublishedKey } from './publicStatus'
import { isCoveredByAnotherChange, skipRebuild } from './skipRebuild'

type Doc = Record<string, unknown> & { id: number | string; _status?: unknown }

/** What a save did to the public site, or undefined when the site is unaffected. */
async function publicEffect(
  collection: CollectionConfig,
  {
    context,
    doc,
    operation,
    previousDoc,
    req,
  }: { context: Record<string, unknown>; doc: Doc; operation: string; previousDoc?: Doc; req: PayloadRequest },
  ignoreCreate: boolean,
): Promise<string | undefined> {
  if (!hasDrafts(collection)) {
    if (operation === 'create') return ignoreCreate ? undefined : 'toegevoegd'
    return 'bijgewerkt'
  }
  const remembered = context[wasPublishedKey(collection.slug, doc.id)]
  const wasPublished = typeof remembered === 'boolean' ? remembered : previousDoc?._status === 'published'
  if (doc._status === 'published') return operation === 'create' || !wasPublished ? 'gepubliceerd' : 'bijgewerkt'
  if (!wasPublished) return undefined
  // A draft saved over a published document leaves the live document published: no change.
  if ((await liveStatus(req, collection.slug as CollectionSlug, doc.id)) === 'published') return undefined
  return 'offline gehaald'
}

/**
 * Schedule a site build when a save changes what the site shows: publishing, updating a
 * published document, unpublishing. Draft saves and autosaves are ignored.
 */
export const triggerOnCollectionChange =
  ({ ignoreCreate }: { ignoreCreate: boolean }): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    if (skipRebuild(context) || isCoveredByAnotherChange(context, collection.slug)) return doc
    const effect = await publicEffect(
      collection,
      { context, doc: doc as Doc, operation, previousDoc: previousDoc as Doc | undefined, req },
      ignoreCreate,
    )
    if (effect)
      getRebuildScheduler().request(describeDocumentChange(collection, doc as Doc, effect), { payload: req.payload })
    return doc
  }
