/**
 * Dutch site search on lunr 2 + lunr-languages (nl), built for 10,000 documents.
 *
 * Build time (Astro):
 *   const docs = searchDocumentsFromPayload({ news, practices, … })   // ../searchDocuments.ts, or your own
 *   const data = buildIndexData(docs)        // lunr.Builder: title (+ headline) ×10, summary ×4, themes/
 *                                            // regions (+ places)/organisation ×3, body ×1 (top 40
 *                                            // tf-idf terms per document); compact encoding
 *   const store = createStore(docs)          // title, url, type, snippet ≤ 160, themes, regions, date
 *   splitSearchFiles(data, store, name)      // a manifest (terms, field lengths, per-document meta),
 *                                            // postings shards and display chunks (same stamp)
 *
 * Browser / Web Worker:
 *   const { index, store, addFile } = loadManifest(manifestJson)
 *                                            // search() throws MissingFilesError listing the shards
 *                                            // and chunks it needs: fetch, addFile, search again
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
export { PLACE_GROUPS } from './places.data'
export { MIN_COMPOUND_PART, resolveCompounds, splitCompound, termLookup, type TermLookup } from './compounds'
export {
  createVocabulary,
  editDistance,
  needsSuggestion,
  suggestionWords,
  suggestQuery,
  type Vocabulary,
} from './suggest'
export {
  createSynonymMatcher,
  getSynonymMatcher,
  markSynonym,
  SYNONYM_MARK,
  unmarkSynonym,
  type SynonymMatch,
  type SynonymMatcher,
} from './synonyms'
export { DEFAULT_MAX_BODY_TERMS, type IndexOptions } from './pipeline'
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
  requireDocs,
  snippet,
  SNIPPET_MAX_LENGTH,
  storedDoc,
  type DocDisplay,
  type DocMeta,
  type DocumentStore,
  type StoredDoc,
} from './store'
export { MissingFilesError } from './missingFiles'
export { splitSearchFiles, type SplitFile, type SplitFiles, type SplitOptions } from './splitFiles'
export { loadManifest, parseManifest, type SplitSearch } from './splitLoad'
export type { SearchManifest } from './splitFormat'
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
