import type { CollectionSlug, PayloadRequest } from 'payload'

/** The `_status` of the main (live) document, which drafts saved over it leave untouched. */
export async function liveStatus(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<unknown> {
  const live = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return live?._status
}

export const wasPublishedKey = (collection: string, id: unknown): string =>
  `rebuild:wasPublished:${collection}:${String(id)}`
