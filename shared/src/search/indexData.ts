/**
 * The search index as shipped to the browser: a lunr 2 index (the terms and frequencies
 * `lunr.Builder` counts with the Dutch stemmer of lunr-languages, the site's field boosts) in a
 * compact encoding. The terms are counted per document (documentTerms.ts) rather than by
 * lunr.Builder, so a build can reuse those of unchanged documents (termCache.ts); the tests
 * compare both counts (documentTerms.test.ts).
 *
 * lunr's own JSON repeats every document ref in every posting and stores a float per term per
 * document field (the BM25 field vectors): 5.6 MB gzip for 10,000 documents. Field vectors are
 * derived data: lunr computes them from the term frequencies and field lengths at build time. So
 * this format keeps only what they are computed from (per term its postings, each a document
 * number gap and a pattern of term frequencies per field; per field the document lengths) and
 * the loader recomputes lunr's scores with lunr's formula (`engine.ts`; idf over documents, see
 * scoring.ts). Tests rebuild a genuine `lunr.Index` from it and check that it gives the same
 * scores as an index built by `lunr.Builder` (test-lunrIndexes.ts).
 */
import { computedTerms, type DocumentTermSource, type FieldTerms } from './documentTerms'
import { encodePostings } from './postings'
import { checkDocumentIds, maxBodyTermsOf, selectBodyIndexTerms, type IndexOptions } from './pipeline'
import { documentStamp } from './stamp'
import { FIELD_BOOSTS, SEARCH_FIELDS, type SearchDocument, type SearchField } from './types'
import { encodeVarints } from './varint'

export const INDEX_FORMAT = 'mao-search-index'
export const INDEX_VERSION = 1
/** lunr's BM25 defaults (`lunr.Builder#k1`, `#b`). */
export const LUNR_K1 = 1.2
export const LUNR_B = 0.75

export interface SearchIndexData {
  format: typeof INDEX_FORMAT
  version: typeof INDEX_VERSION
  /** Fingerprint of the documents; the store of the same build has the same one. */
  stamp: string
  fields: SearchField[]
  boosts: number[]
  k1: number
  b: number
  /** Number of documents; documents are numbered 0…count-1 in store order. */
  count: number
  /** Sorted index terms (stems), separated by spaces. */
  terms: string
  /** Total number of (term, document) postings. */
  postingCount: number
  /**
   * Varints, term by term: the number of postings, then per posting the gap to the previous
   * document number (minus one) and a pattern number.
   */
  postings: string
  /** Varints: the length in characters of each term's part of `postings` (lazy decoding). */
  termLengths: string
  /** Pattern number → term frequency in each field (0: not in that field); most frequent first. */
  patterns: number[][]
  /** Per field, the field length (words) of every document, as varints. */
  lengths: string[]
}

export interface BuildOptions extends IndexOptions {
  /**
   * Where each document's terms come from: a `TermCache` (termCache.ts) reuses those of documents
   * that did not change since the last build. It has its own synonym groups: not with `synonyms`.
   */
  terms?: DocumentTermSource
}

/**
 * Build the index data for the documents (build time). Documents keep their order. The terms and
 * frequencies are lunr.Builder's for the same documents (the tests compare both, through
 * test-lunrIndexes.ts), counted per document (documentTerms.ts) so a cache can skip unchanged documents.
 */
export function buildIndexData(docs: readonly SearchDocument[], options: BuildOptions = {}): SearchIndexData {
  const maxBodyTerms = maxBodyTermsOf(options)
  if (options.terms !== undefined && options.synonyms !== undefined)
    throw new Error('buildIndexData: give either a term source or synonyms, not both')
  checkDocumentIds(docs)
  const source = options.terms ?? computedTerms(options.synonyms)
  const documents = docs.map((doc) => source.termsOf(doc))
  const bodies = selectBodyIndexTerms(
    documents.map((doc) => doc.body),
    maxBodyTerms,
  )
  const fieldTerms = (field: SearchField, doc: number): FieldTerms =>
    field === 'body' ? bodies[doc]! : documents[doc]!.fields[field]

  const { terms, segments, postingCount, patterns } = encodePostings(docs.length, (f, doc) =>
    fieldTerms(SEARCH_FIELDS[f]!, doc),
  )
  for (const term of terms) {
    if (term === '' || /\s/.test(term)) throw new Error(`Unexpected index term ${JSON.stringify(term)}`)
  }

  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    stamp: documentStamp(docs.map((doc) => doc.id)),
    fields: [...SEARCH_FIELDS],
    boosts: SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field]),
    k1: LUNR_K1,
    b: LUNR_B,
    count: docs.length,
    terms: terms.join(' '),
    postingCount,
    postings: segments.join(''),
    termLengths: encodeVarints(segments.map((segment) => segment.length)),
    patterns,
    lengths: SEARCH_FIELDS.map((field) =>
      encodeVarints(docs.map((_, number) => fieldTerms(field, number).tfs.reduce((sum, tf) => sum + tf, 0))),
    ),
  }
}

/** The index data as JSON text, to write to a static file. */
export function serializeIndex(data: SearchIndexData): string {
  return JSON.stringify(data)
}

/** Check the shape of parsed index JSON; throws a clear error for anything else. */
export function parseIndexData(json: string | object): SearchIndexData {
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json
  const d = data as Partial<SearchIndexData> | null
  const valid =
    typeof d === 'object' &&
    d !== null &&
    d.format === INDEX_FORMAT &&
    d.version === INDEX_VERSION &&
    Array.isArray(d.fields) &&
    d.fields.length === SEARCH_FIELDS.length &&
    SEARCH_FIELDS.every((field, i) => d.fields?.[i] === field) &&
    Array.isArray(d.boosts) &&
    d.boosts.length === SEARCH_FIELDS.length &&
    Number.isInteger(d.count) &&
    (d.count ?? -1) >= 0 &&
    Number.isInteger(d.postingCount) &&
    typeof d.terms === 'string' &&
    typeof d.postings === 'string' &&
    typeof d.termLengths === 'string' &&
    typeof d.stamp === 'string' &&
    typeof d.k1 === 'number' &&
    typeof d.b === 'number' &&
    Array.isArray(d.patterns) &&
    d.patterns.every((p) => Array.isArray(p) && p.length === SEARCH_FIELDS.length) &&
    Array.isArray(d.lengths) &&
    d.lengths.length === SEARCH_FIELDS.length &&
    d.lengths.every((l) => typeof l === 'string')
  if (!valid)
    throw new Error(
      `Not a search index (${INDEX_FORMAT} version ${INDEX_VERSION} with the fields ${SEARCH_FIELDS.join(', ')})`,
    )
  return d as SearchIndexData
}
