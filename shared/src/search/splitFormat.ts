/**
 * The split search files: one small manifest the worker loads before the first query, postings
 * shards fetched for the terms a query touches, display chunks fetched for the results shown.
 * Built by `splitFiles.ts`, loaded by `splitLoad.ts`. Every file carries the build's stamp.
 *
 * Measured on the seed + 10,000 generated documents (gzip): the whole index was 615 kB and the
 * whole store 434 kB, fetched before the first query; see `pnpm bench search` for the split.
 */
import type { SearchIndexData } from './indexData'

export const MANIFEST_FORMAT = 'mao-search-manifest'
export const SHARD_FORMAT = 'mao-search-shard'
export const CHUNK_FORMAT = 'mao-search-chunk'
export const SPLIT_VERSION = 1

/** The whole index's scoring data (indexData.ts), without its postings, plus the split's own. */
export interface SearchManifest extends Pick<
  SearchIndexData,
  'stamp' | 'fields' | 'boosts' | 'k1' | 'b' | 'count' | 'terms' | 'patterns' | 'lengths'
> {
  format: typeof MANIFEST_FORMAT
  version: typeof SPLIT_VERSION
  /** Varints: documents per term (prefix expansion picks the most frequent without postings). */
  frequencies: string
  /** Postings shards in term order: file name and number of consecutive terms. */
  shards: { file: string; terms: number }[]
  /** Per-document meta for ranking and facets. */
  meta: EncodedMeta
  /** Documents per display chunk, and the chunk files in document order. */
  chunkSize: number
  chunks: string[]
}

/**
 * Meta in columns (columns compress better than per-document objects): value lists, and per
 * document as varints the type number, the number of themes then their numbers, the same for
 * regions, and the date as UTC day number + 1 (0: no date).
 */
export interface EncodedMeta {
  types: string[]
  themes: string[]
  regions: string[]
  type: string
  theme: string
  region: string
  day: string
}

export interface PostingsShard {
  format: typeof SHARD_FORMAT
  stamp: string
  /** Number of the shard's first term. */
  first: number
  /** Varints, term by term, as in `SearchIndexData.postings`. */
  postings: string
  /** Varints: the length of each term's part of `postings`. */
  termLengths: string
}

/** Display data of one document: id, title, url, snippet, headline, date ('' when absent). */
export type ChunkDoc = [string, string, string, string, string, string]

export interface DisplayChunk {
  format: typeof CHUNK_FORMAT
  stamp: string
  /** Number of the chunk's first document. */
  first: number
  docs: ChunkDoc[]
}
