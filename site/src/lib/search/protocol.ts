import type { DocType, FacetCounts, HighlightSegment } from '@mao/shared/search/index'
/**
 * Messages between the search island and its Web Worker. The worker owns the search files, the store,
 * lunr and the Dutch stemmer; the page receives ready-to-render results (highlighting already
 * split into segments), so the page bundle never contains lunr.
 */

export interface SearchFilters {
  type: DocType[]
  themes: string[]
  regions: string[]
}

export type WorkerRequest =
  /** `wordsUrl`: the words for "Bedoelde je …?", fetched only when a query first needs a suggestion. */
  | { kind: 'load'; manifestUrl: string; wordsUrl: string }
  | { kind: 'search'; id: number; query: string; filters: SearchFilters; limit: number }

export interface ResultView {
  id: string
  url: string
  type: DocType
  title: HighlightSegment[]
  snippet: HighlightSegment[]
  date?: string
  themes: string[]
  regions: string[]
}

export interface SearchView {
  results: ResultView[]
  total: number
  facets: { type: FacetCounts; theme: FacetCounts; region: FacetCounts }
  fuzzy: boolean
  partial: boolean
  empty: boolean
  /** "Bedoelde je …?": the query with unknown words replaced, when the results are none, few, fuzzy or partial. */
  suggestion?: string
}

export type WorkerResponse =
  | { kind: 'ready'; count: number; fetchMs: number; loadMs: number }
  | { kind: 'results'; id: number; view: SearchView; ms: number }
  | { kind: 'error'; id?: number; message: string }
