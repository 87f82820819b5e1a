import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'
import { livePath } from '../documentPath'
import { redirectStore } from '../redirectStore'
import type { CollectionWithPage } from '@mao/shared/collections'

/**
 * Redirects that led to a document being deleted become "Verwijderd" (410). Done before the delete,
 * which removes their relationship to it, inside the same transaction.
 */
export const goneForReferencingRedirects: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const store = redirectStore(req)
  await store.markGone(await store.referencing(collection.slug as CollectionWithPage, id))
}

/**
 * A deleted live document leaves its path as "Verwijderd": 410 Gone with the site's removal page.
 * Editors can turn it into a redirect to another page under Doorverwijzingen.
 */
export const goneOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const path = livePath(collection.slug as CollectionWithPage, doc)
  if (path) await redirectStore(req).upsert(path, { type: 'gone' })
  return doc
}
