/**
 * The search files of a set of documents, named by content hash: the manifest
 * (`/zoeken/zoekindex.<hash>.json`: terms, field lengths, per-document meta), postings shards
 * (`zoektermen.<hash>.json`), result chunks (`zoekresultaten.<hash>.json`) and the words for
 * "Bedoelde je …?" (`zoekwoorden.<hash>.json`). The search page references the manifest and the
 * words; the browser's worker fetches the others beside the manifest as queries need them.
 */
import { createHash } from 'node:crypto'
import { buildIndexData } from '@mao/shared/search/indexData'
import { splitSearchFiles } from '@mao/shared/search/splitFiles'
import { createStore } from '@mao/shared/search/store'
import { suggestionWords } from '@mao/shared/search/suggest'
import type { TermCache } from '@mao/shared/search/termCache'
import type { SearchDocument } from '@mao/shared/search/types'
import { sitePaths } from '@mao/shared/sitePaths'

/** Where a search file is served: its name inside /zoeken, with the content hash, and its path. */
export interface SearchFileName {
  name: string
  path: string
}

export interface SearchFile extends SearchFileName {
  body: string
}

export interface SearchFiles {
  manifest: SearchFile
  /** Surface words for "Bedoelde je …?", fetched by the browser's worker only when a query needs one. */
  words: SearchFile
  /** Every file: the manifest, shards, chunks and words. */
  all: SearchFile[]
}

const BASE_NAMES = { shard: 'zoektermen', chunk: 'zoekresultaten' } as const

function hashedName(base: string, body: string): string {
  return `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`
}

/** Documents whose search fields are in `terms` (unchanged since it was kept) keep their terms. */
export function buildSearchFiles(docs: SearchDocument[], terms: TermCache): SearchFiles {
  const index = buildIndexData(docs, { terms })
  const split = splitSearchFiles(index, createStore(docs), (kind, body) => hashedName(BASE_NAMES[kind], body))
  const file = (name: string, body: string): SearchFile => ({ name, path: `${sitePaths.search}/${name}`, body })
  const manifest = file(hashedName('zoekindex', split.manifest), split.manifest)
  const wordsBody = JSON.stringify(suggestionWords(docs))
  const words = file(hashedName('zoekwoorden', wordsBody), wordsBody)
  return {
    manifest,
    words,
    all: [manifest, words, ...split.files.map((f) => file(f.name, f.body))],
  }
}
