/**
 * The document store shipped next to the index: what a result list and the facets need, nothing
 * more (id → title, url, type, summary snippet, themes, regions, date). Plain JSON.
 */
import type { DocType, SearchDocument } from './types'

export const STORE_VERSION = 1
export const SNIPPET_MAX_LENGTH = 160

export interface StoredDoc {
  id: string
  title: string
  url: string
  type: DocType
  /** Summary, whitespace collapsed, at most 160 characters (cut at a word, ending in "…"). */
  snippet: string
  themes: string[]
  regions: string[]
  date?: string
}

export interface DocumentStore {
  version: typeof STORE_VERSION
  docs: Record<string, StoredDoc>
}

export function createStore(docs: readonly SearchDocument[]): DocumentStore {
  return {
    version: STORE_VERSION,
    // fromEntries defines own properties, so an id like "__proto__" is stored, not swallowed.
    docs: Object.fromEntries(docs.map((doc) => [doc.id, toStoredDoc(doc)])),
  }
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
  if (doc.date !== undefined) stored.date = doc.date
  return stored
}

/** Look a document up by ref; never follows the prototype chain. */
export function getStoredDoc(store: DocumentStore, id: string): StoredDoc | undefined {
  return Object.hasOwn(store.docs, id) ? store.docs[id] : undefined
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
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as Partial<DocumentStore>).version !== STORE_VERSION ||
    typeof (data as Partial<DocumentStore>).docs !== 'object' ||
    (data as Partial<DocumentStore>).docs === null
  ) {
    throw new Error(`Not a search document store (version ${STORE_VERSION})`)
  }
  return data as DocumentStore
}
