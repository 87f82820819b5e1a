/**
 * Per-document terms (documentTerms.ts) kept between builds: a document whose search fields did
 * not change gets the terms it had, without tokenising, matching synonyms or stemming it again.
 * Entries are keyed by a digest of exactly the fields its terms come from; a cache belongs to one
 * `PIPELINE_VERSION` (pipelineVersion.ts), so another pipeline never reuses them. Only the
 * built-in synonym groups are cached. Build-side only (node:crypto); persisted by termCacheFile.ts.
 */
import { createHash } from 'node:crypto'
import { documentTerms, type DocumentTermSource, type DocumentTerms } from './documentTerms'
import { PIPELINE_VERSION } from './pipelineVersion'
import { decodeTerms, encodeTerms, TermVocabulary } from './storedTerms'
import type { SearchDocument } from './types'

export const TERM_CACHE_FORMAT = 'mao-search-terms'

/** The cache as stored: the vocabulary and the entries of the documents of the last build. */
export interface StoredTermCache {
  format: typeof TERM_CACHE_FORMAT
  version: string
  /** Words separated by spaces; entries refer to them by number (storedTerms.ts). */
  words: string
  entries: Record<string, string>
}

interface Entry {
  /** Decoded when first used. */
  terms?: DocumentTerms
  /** Encoded with the current vocabulary, as read or when last stored. */
  stored?: unknown
}

export class TermCache implements DocumentTermSource {
  readonly version: string
  /** Documents whose terms came from the cache, and were computed, since the last `take()`. */
  hits = 0
  misses = 0
  readonly #entries = new Map<string, Entry>()
  readonly #used = new Set<string>()
  #vocabulary = new TermVocabulary()
  /** Entries dropped since the vocabulary was made: their words may be used by no entry now. */
  #dropped = 0

  /** `stored` of another format or version, or damaged, is ignored: the cache starts empty. */
  constructor(stored?: unknown, version: string = PIPELINE_VERSION) {
    this.version = version
    if (!isStoredTermCache(stored) || stored.version !== version) return
    const vocabulary = TermVocabulary.parse(stored.words)
    if (vocabulary === undefined) return
    this.#vocabulary = vocabulary
    for (const [key, value] of Object.entries(stored.entries)) this.#entries.set(key, { stored: value })
  }

  termsOf(doc: SearchDocument): DocumentTerms {
    const key = termKey(doc)
    this.#used.add(key)
    const entry = this.#entries.get(key) ?? {}
    entry.terms ??= decodeTerms(entry.stored, this.#vocabulary)
    if (entry.terms !== undefined) {
      this.hits += 1
    } else {
      this.misses += 1
      entry.terms = documentTerms(doc)
      entry.stored = undefined
    }
    this.#entries.set(key, entry)
    return entry.terms
  }

  /**
   * The entries used since the last `take()`, to store for the next build. The others (documents
   * deleted or changed since) are dropped, so the cache never holds more than one build's. Once
   * more entries were dropped than are left, the vocabulary is made afresh (its unused words go).
   */
  take(): StoredTermCache {
    for (const key of this.#entries.keys()) {
      if (this.#used.has(key)) continue
      this.#entries.delete(key)
      this.#dropped += 1
    }
    if (this.#dropped > this.#entries.size) {
      this.#vocabulary = new TermVocabulary()
      this.#dropped = 0
      for (const entry of this.#entries.values()) entry.stored = undefined
    }
    const entries: Record<string, string> = {}
    for (const [key, entry] of this.#entries) {
      if (entry.stored === undefined && entry.terms !== undefined)
        entry.stored = encodeTerms(entry.terms, this.#vocabulary)
      if (typeof entry.stored === 'string') entries[key] = entry.stored
    }
    this.#used.clear()
    this.hits = 0
    this.misses = 0
    const words = this.#vocabulary.toString()
    return { format: TERM_CACHE_FORMAT, version: this.version, words, entries }
  }
}

/** Digest of the fields a document's terms are made of (not its id, type, url or date). */
export function termKey(doc: SearchDocument): string {
  const fields = [
    doc.title,
    doc.headline || '',
    doc.person === true,
    doc.summary,
    doc.body,
    doc.themes,
    doc.regions,
    doc.organisation ?? null,
    doc.places ?? [],
  ]
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url')
}

function isStoredTermCache(value: unknown): value is StoredTermCache {
  const v = value as Partial<StoredTermCache> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === TERM_CACHE_FORMAT &&
    typeof v.version === 'string' &&
    typeof v.words === 'string' &&
    typeof v.entries === 'object' &&
    v.entries !== null &&
    !Array.isArray(v.entries)
  )
}
