/**
 * The document store: what a result list and the facets need, nothing more, in index document
 * order. Two parts with different lives: the meta of every document (type, themes, regions, date:
 * ranking and facets need all of them before the first query) and the display data (title, url,
 * snippet: only for the results shown). In the browser the meta comes with the manifest and the
 * display data in chunks fetched per result page (`splitFiles.ts`, `splitLoad.ts`); built in
 * memory (`createStore`) everything is there. Its stamp must equal the index's (same build).
 */
import { requireFiles } from './missingFiles'
import { documentStamp } from './stamp'
import type { DocType, SearchDocument } from './types'

export const SNIPPET_MAX_LENGTH = 160

/** What a result shows besides its meta. */
export interface DocDisplay {
  id: string
  title: string
  /** See `SearchDocument.headline`. */
  headline?: string
  url: string
  /** Summary, whitespace collapsed, at most 160 characters (cut at a word, ending in "…"). */
  snippet: string
  /** The date as given (a full timestamp for events), for showing. */
  date?: string
}

/**
 * What ranking and the facets need of every document (loaded before the first query). `date` is
 * the UTC day (YYYY-MM-DD) of the document's date: the manifest stores days.
 */
export interface DocMeta {
  type: DocType
  themes: string[]
  regions: string[]
  date?: string
}

/** A result's data: display data (with the exact date) and meta. */
export type StoredDoc = DocDisplay & Omit<DocMeta, 'date'>

export interface DocumentStore {
  stamp: string
  /** Meta of every document. */
  readonly meta: readonly DocMeta[]
  /** Display data by document number; undefined while its chunk is not loaded. */
  readonly display: (DocDisplay | undefined)[]
  /** Documents per display chunk, and the chunk files (none for a store built in memory). */
  readonly chunkSize: number
  readonly chunkFiles: readonly string[]
}

/** Number of documents in the store (the index has as many). */
export function docCount(store: DocumentStore): number {
  return store.meta.length
}

/** The ranking and facet data of document number `d`. */
export function docMeta(store: DocumentStore, d: number): DocMeta {
  return store.meta[d]!
}

/** Chunk files to load before documents `docs` can be shown. */
export function missingDocFiles(store: DocumentStore, docs: Iterable<number>): string[] {
  const files = new Set<string>()
  for (const d of docs)
    if (store.display[d] === undefined) files.add(store.chunkFiles[Math.floor(d / store.chunkSize)]!)
  return [...files]
}

/** Throws a `MissingFilesError` listing every chunk that documents `docs` still need. */
export function requireDocs(store: DocumentStore, docs: Iterable<number>): void {
  requireFiles(missingDocFiles(store, docs))
}

/** Everything a result shows of document `d` (its chunk must be loaded: see `requireDocs`). */
export function storedDoc(store: DocumentStore, d: number): StoredDoc {
  const display = store.display[d]
  if (display === undefined) {
    requireDocs(store, [d])
    throw new RangeError(`No document ${d}`)
  }
  const { type, themes, regions } = store.meta[d]!
  return { ...display, type, themes, regions }
}

export function createStore(docs: readonly SearchDocument[]): DocumentStore {
  return {
    stamp: documentStamp(docs.map((doc) => doc.id)),
    meta: docs.map(toDocMeta),
    display: docs.map(toDocDisplay),
    chunkSize: Math.max(1, docs.length),
    chunkFiles: [],
  }
}

export function toDocMeta(doc: SearchDocument): DocMeta {
  const meta: DocMeta = { type: doc.type, themes: [...doc.themes], regions: [...doc.regions] }
  const day = utcDay(doc.date)
  if (day !== undefined) meta.date = day
  return meta
}

export function toDocDisplay(doc: SearchDocument): DocDisplay {
  const display: DocDisplay = { id: doc.id, title: doc.title, url: doc.url, snippet: snippet(doc.summary) }
  if (doc.headline) display.headline = doc.headline
  if (doc.date !== undefined) display.date = doc.date
  return display
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 (UTC) of an ISO date or timestamp; undefined when absent or unreadable. */
export function dayNumber(date: string | undefined): number | undefined {
  if (date === undefined) return undefined
  const ms = Date.parse(date)
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / DAY_MS) : undefined
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function utcDay(date: string | undefined): string | undefined {
  const day = dayNumber(date)
  return day === undefined ? undefined : dayString(day)
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
