import type { CollectionAfterChangeHook } from 'payload'
import { livePath } from '../documentPath'
import { redirectStore } from '../redirectStore'
import type { CollectionWithPage } from '@mao/shared/collections'
import { livePathKey } from './rememberLivePath'

/**
 * When a save makes a document live at a new path (a changed slug, or a moved parent page), the
 * old path redirects to the document. The redirect names the document, not its path, so it follows
 * later renames; redirects that named the old path as a custom address are pointed at the document
 * too, so no chain forms. A redirect from the path the document now takes is dropped.
 */
export const redirectOnPathChange: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  const slug = collection.slug as CollectionWithPage
  const newPath = livePath(slug, doc)
  if (!newPath) return doc
  const store = redirectStore(req)
  await store.release(newPath)
  const oldPath = context[livePathKey(slug, doc.id)]
  if (typeof oldPath !== 'string' || oldPath === newPath) return doc
  const to = { type: 'reference' as const, reference: { relationTo: slug, value: doc.id } }
  await store.upsert(oldPath, to)
  await store.retarget(oldPath, to)
  return doc
}
