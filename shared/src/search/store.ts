/**
 * The document store shipped next to the index: what a result list and the facets need, nothing
 * more (title, url, type, summary snippet, themes, regions, date), as an array in index document
 * order. Plain JSON. Its stamp must equal the index's (same build).
 */
import { documentStamp } from './stamp'
import type { DocType, SearchDocument } from './types'

export const STORE_VERSION = 2
export const SNIPPET_MAX_LENGTH = 160

export interface StoredDoc {
  id: string
  title: string
  /** See `SearchDocument.headline`. */
  headline?: string
  url: string
  type: DocType
  /** Summary, whitespace collapsed, at most 160 characters (cut at a word, ending in "…"). */
  snippet: string
  themes: string[]
  regions: string[]
  date?: string
}

/**
 * What ranking and the facets need of every document (loaded before the first query); the rest
 * of a `StoredDoc` (title, url, snippet) is only for showing a result.
 */
export type DocMeta = Pick<StoredDoc, 'type' | 'themes' | 'regions' | 'date'>

export interface DocumentStore {
  version: typeof STORE_VERSION
  stamp: string
  docs: StoredDoc[]
}

/** Number of documents in the store (the index has as many). */
export function docCount(store: DocumentStore): number {
  return store.docs.length
}

/** The ranking and facet data of document number `d`. */
export function docMeta(store: DocumentStore, d: number): DocMeta {
  return store.docs[d]!
}

export function createStore(docs: readonly SearchDocument[]): DocumentStore {
  return { version: STORE_VERSION, stamp: documentStamp(docs.map((doc) => doc.id)), docs: docs.map(toStoredDoc) }
}

export function toStoredDoc(doc: SearchDocument): StoredDoc {
  const stored: StoredDoc = {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    type: doc.type,
    snippet: snippet(doc.summary),
    themes: [...doc.themes],
    regions: [...doc.regions],
  }
  if (doc.headline) stored.headline = doc.headline
  if (doc.date !== undefined) stored.date = doc.date
  return stored
}

/** Collapse whitespace and cut at a word boundary so the result, "…" included, fits `max`. */
export function snippet(text: string, max: number = SNIPPET_MAX_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const room = clean.slice(0, max - 1)
  const lastSpace = room.lastIndexOf(' ')
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room
  return `${cut.replace(/[\s,.;:!?\-–—]+$/u, '')}…`
}

export function serializeStore(store: DocumentStore): string {
  return JSON.stringify(store)
}

export function loadStore(json: string | object): DocumentStore {
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json
  const store = data as Partial<DocumentStore> | null
  if (
    typeof store !== 'object' ||
    store === null ||
    store.version !== STORE_VERSION ||
    typeof store.stamp !== 'string' ||
    !Array.isArray(store.docs)
  ) {
    throw new Error(`Not a search document store (version ${STORE_VERSION})`)
  }
  return store as DocumentStore
}
