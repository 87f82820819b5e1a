import { collectionKey, docKey } from '../incremental/dependencyKeys'
import { collectionOf, untracked } from '../incremental/trackedContent'
import { TrackedMap } from '../incremental/trackedMap'

const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>()

/**
 * Documents by id, built once per list (lists from loadSiteContent live for the whole build).
 * For a collection from loadSiteContent, a page that looks a document up depends on that document
 * (found or not), not on the whole collection.
 */
export function byId<T extends { id: string }>(docs: readonly T[]): Map<string, T> {
  let index = indexes.get(docs)
  if (!index) {
    const collection = collectionOf(docs)
    // The list and each document read untracked: building the index is no page's dependency.
    const entries = untracked(docs).map((doc) => [untracked(doc).id, doc] as const)
    index = collection
      ? new TrackedMap(entries, (id) => docKey(collection, id), collectionKey(collection))
      : new Map(entries)
    indexes.set(docs, index)
  }
  return index as Map<string, T>
}

/** The published documents among `ids`, in the given order; unknown ids (drafts) are dropped. */
export function pick<T extends { id: string }>(ids: readonly string[], docs: readonly T[]): T[] {
  const index = byId(docs)
  return ids.map((id) => index.get(id)).filter((doc): doc is T => doc !== undefined)
}

/** Documents that list `id` in one of their relationship fields. */
export const withRelation = <T, K extends keyof T>(docs: readonly T[], field: K, id: string): T[] =>
  docs.filter((doc) => {
    const value = doc[field]
    return Array.isArray(value) ? value.includes(id) : value === id
  })
