import type { CollectionSlug, PayloadRequest } from 'payload'
import { liveDocument } from '../../hooks/liveDocument'

/** The `_status` of the main (live) document, which drafts saved over it leave untouched. */
export async function liveStatus(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<unknown> {
  return (await liveDocument(req, collection, id))?._status
}

export const wasPublishedKey = (collection: string, id: unknown): string =>
  `rebuild:wasPublished:${collection}:${String(id)}`
