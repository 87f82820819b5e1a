/**
 * Dutch site search on lunr 2 + lunr-languages (nl), built for 10,000 documents.
 *
 * Build time (Astro):
 *   const docs = searchDocumentsFromPayload({ news, practices, … })   // or your own SearchDocuments
 *   const data = buildIndexData(docs)        // lunr.Builder: title (+ headline) ×10, summary ×4, themes/
 *                                            // regions (+ places)/organisation ×3, body ×1 (top 40
 *                                            // tf-idf terms per document); compact encoding
 *   const store = createStore(docs)          // title, url, type, snippet ≤ 160, themes, regions, date
 *   write serializeIndex(data) and serializeStore(store) as two JSON files (same stamp)
 *
 * Browser / Web Worker:
 *   const index = loadIndex(indexJson)       // terms decoded on first use, lunr's BM25 weights
 *   const store = loadStore(storeJson)
 *   const { results, facets, fuzzy, partial, empty } = search(index, store, input, { type, themes, regions, limit })
 *   highlight(hit.doc.title, hit.matches)    // [{ text, match }] — render as text, no HTML
 *
 * Both sides share one normaliser (lowercase, diacritics folded, apostrophes and hyphenated
 * compounds handled, Dutch stop words) and the Snowball Dutch stemmer. Synonyms and acronyms of
 * the field (OOGO, SWV, JGZ, PO, VO, …; see synonyms.data.ts) are expanded at index time, marked,
 * so a literal match ranks above a synonym match. Visitor input never reaches lunr's query
 * parser: queries are lunr clauses built from tokens we control, evaluated on typed arrays with
 * lunr's scoring (engine.ts); tests check that it scores like a plain `lunr.Index`
 * (test-lunrIndexes.ts).
 */
export * from './types'
export { registerDutch, stem } from './lunr-nl'
export { DUTCH_STOP_WORDS, isStopWord } from './stopwords'
export { foldText, indexTerms, isIndexable, normalizeText, tokenize, unitTerms, type WordUnit } from './normalize'
export { SYNONYM_GROUPS } from './synonyms.data'
export {
  createSynonymMatcher,
  getSynonymMatcher,
  markSynonym,
  SYNONYM_MARK,
  unmarkSynonym,
  type SynonymMatch,
  type SynonymMatcher,
} from './synonyms'
export {
  createBuilder,
  dutchSearchStemmer,
  STEMMER_LABEL,
  DEFAULT_MAX_BODY_TERMS,
  prepareDocuments,
  selectBodyTerms,
  type IndexOptions,
  type PreparedDocument,
} from './pipeline'
export {
  buildIndexData,
  INDEX_FORMAT,
  INDEX_VERSION,
  parseIndexData,
  serializeIndex,
  type SearchIndexData,
} from './indexData'
export {
  expandClause,
  loadIndex,
  matchDocuments,
  MAX_EXPANSIONS,
  runQuery,
  topMatches,
  type Clause,
  type EngineHit,
  type EngineResult,
  type LoadOptions,
  type Matches,
  type SearchIndex,
  type TermPostings,
} from './engine'
export { createIndex } from './createIndex'
export {
  createStore,
  docCount,
  docMeta,
  loadStore,
  serializeStore,
  snippet,
  SNIPPET_MAX_LENGTH,
  type DocMeta,
  type DocumentStore,
  type StoredDoc,
} from './store'
export { DIMENSIONS, facetTable, filterAndCount, type Dimension, type Selection } from './facets'
export {
  clausesFor,
  highlight,
  parseQuery,
  phraseTerms,
  search,
  typoStems,
  type FacetCounts,
  type HighlightSegment,
  type QueryTerm,
  type SearchFacets,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
} from './query'
export { searchDocumentsFromPayload, type SearchSources } from './fromPayload'
