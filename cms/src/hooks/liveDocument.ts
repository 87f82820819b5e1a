import type { CollectionSlug, PayloadRequest } from 'payload'

export type LiveRow = { id: number | string; _status?: unknown; [field: string]: unknown }

/**
 * A document's own (live) row. Drafts saved over a published document leave it untouched, while a
 * hook's `originalDoc` and `previousDoc` hold the newest version, which may be such a draft: only
 * this row tells whether, and at which path, the document is on the site.
 */
export async function liveDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<LiveRow | null> {
  return req.payload.db.findOne<LiveRow>({ collection, where: { id: { equals: id } }, req })
}

/** Per save (Payload hands every beforeChange hook of one save the same `originalDoc`). */
const beforeSave = new WeakMap<object, Promise<LiveRow | null>>()

/**
 * In a beforeChange hook of an update: the live row as it was before this save. The rebuild,
 * redirect and review hooks all need it; it is read once per save, not once per hook.
 */
export function liveDocumentBeforeSave(
  req: PayloadRequest,
  collection: CollectionSlug,
  originalDoc: { id: number | string },
): Promise<LiveRow | null> {
  let row = beforeSave.get(originalDoc)
  if (!row) {
    row = liveDocument(req, collection, originalDoc.id)
    beforeSave.set(originalDoc, row)
  }
  return row
}
