/** Build and load in one step: the in-memory index for tests, scripts and the benchmark. */
import { loadIndex, type SearchIndex } from './engine'
import { buildIndexData } from './indexData'
import type { IndexOptions } from './pipeline'
import type { SearchDocument } from './types'

export function createIndex(docs: readonly SearchDocument[], options: IndexOptions = {}): SearchIndex {
  return loadIndex(buildIndexData(docs, options))
}
