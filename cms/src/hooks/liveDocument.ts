import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * A document's own (live) row. Drafts saved over a published document leave it untouched, while a
 * hook's `originalDoc` and `previousDoc` hold the newest version, which may be such a draft: only
 * this row tells whether, and at which path, the document is on the site.
 */
export async function liveDocument<Row extends { id: number | string; _status?: unknown }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<Row | null> {
  return req.payload.db.findOne<Row>({ collection, where: { id: { equals: id } }, req })
}
