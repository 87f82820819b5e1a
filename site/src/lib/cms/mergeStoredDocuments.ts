import type { DocumentStamp } from './documentStamps'

export type RawDocument = Record<string, unknown>

/** The ids of `stamps` whose document `stored` lacks or holds as saved at another moment. */
export function idsToFetch(stamps: DocumentStamp[], stored: RawDocument[]): string[] {
  const storedAt = new Map(stored.map((doc) => [String(doc.id), String(doc.updatedAt)]))
  return stamps.filter((stamp) => storedAt.get(stamp.id) !== stamp.updatedAt).map((stamp) => stamp.id)
}

/**
 * The collection as the CMS lists it now (`stamps`, in its order): each document from `fetched`
 * or, when it was not fetched, from `stored`, as long as it was saved at the moment its stamp
 * names. Undefined when a document is missing or at another moment (it changed between the two
 * requests, or the CMS did not return it): the caller then fetches the whole collection.
 */
export function mergeStoredDocuments(
  stamps: DocumentStamp[],
  stored: RawDocument[],
  fetched: RawDocument[],
): RawDocument[] | undefined {
  const byId = new Map<string, RawDocument>()
  for (const doc of [...stored, ...fetched]) byId.set(String(doc.id), doc)
  const merged: RawDocument[] = []
  for (const stamp of stamps) {
    const doc = byId.get(stamp.id)
    if (doc === undefined || String(doc.updatedAt) !== stamp.updatedAt) return undefined
    merged.push(doc)
  }
  return merged
}

/**
 * Whether documents stored with the media of `stored` still hold those media as they are now:
 * media are populated into the documents that use them, so an edited or removed one changes those
 * documents without changing their `updatedAt`. New media are no reason: a document that uses
 * one was saved after it was chosen.
 */
export function mediaUnchanged(stored: DocumentStamp[], now: DocumentStamp[]): boolean {
  const current = new Map(now.map((stamp) => [stamp.id, stamp.updatedAt]))
  return stored.every((stamp) => current.get(stamp.id) === stamp.updatedAt)
}
