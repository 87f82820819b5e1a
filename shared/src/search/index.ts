/**
 * Dutch site search on lunr 2 + lunr-languages (nl).
 *
 * Build time (Astro):
 *   const index = createIndex(docs)            // title ×10, summary ×4, themes/regions/organisation ×3,
 *                                              // body ×1 (top 40 tf-idf terms per document)
 *   const store = createStore(docs)            // id → title, url, type, snippet ≤ 160, themes, regions, date
 *   write serializeIndex(index) and serializeStore(store) as two JSON files
 *
 * Browser / Web Worker:
 *   const index = loadIndex(indexJson)         // registers lunr.nl before Index.load
 *   const store = loadStore(storeJson)
 *   const { results, facets, fuzzy, partial, empty } = search(index, store, input, { type, themes, regions, limit })
 *   highlight(hit.doc.title, hit.matches)      // [{ text, match }] — render as text, no HTML
 *
 * Both sides share one normaliser (lowercase, diacritics folded, apostrophes and hyphenated
 * compounds handled, Dutch stop words) and the Snowball Dutch stemmer. Synonyms and acronyms of
 * the field (OOGO, SWV, JGZ, PO, VO, …; see synonyms.data.ts) are expanded at index time only.
 * Visitor input never goes through `index.search`: queries are built with `index.query`.
 */
export * from './types'
export { registerDutch, stem } from './lunr-nl'
export { DUTCH_STOP_WORDS, isStopWord } from './stopwords'
export { foldText, indexTerms, isIndexable, normalizeText, tokenize, unitTerms, type WordUnit } from './normalize'
export { SYNONYM_GROUPS } from './synonyms.data'
export { createSynonymMatcher, getSynonymMatcher, type SynonymMatch, type SynonymMatcher } from './synonyms'
export {
  createBuilder,
  createIndex,
  DEFAULT_MAX_BODY_TERMS,
  prepareDocuments,
  selectBodyTerms,
  type IndexOptions,
  type PreparedDocument,
} from './pipeline'
export {
  createStore,
  getStoredDoc,
  loadStore,
  serializeStore,
  snippet,
  SNIPPET_MAX_LENGTH,
  type DocumentStore,
  type StoredDoc,
} from './store'
export {
  highlight,
  parseQuery,
  search,
  type FacetCounts,
  type HighlightSegment,
  type QueryTerm,
  type SearchFacets,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
} from './query'
export { loadIndex, serializeIndex } from './serialize'
