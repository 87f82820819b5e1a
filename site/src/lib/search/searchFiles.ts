/**
 * Builds the search files once per build and names them by content hash: the manifest
 * (`/zoeken/zoekindex.<hash>.json`: terms, field lengths, per-document meta), postings shards
 * (`zoektermen.<hash>.json`), result chunks (`zoekresultaten.<hash>.json`) and the words for
 * "Bedoelde je …?" (`zoekwoorden.<hash>.json`). Emitted by the endpoint `src/pages/zoeken/[file].ts`;
 * the search page references the manifest and the words, the worker fetches the others beside
 * the manifest as queries need them. Never bundled.
 */
import { createHash } from 'node:crypto'
import { buildIndexData } from '@mao/shared/search/indexData'
import { splitSearchFiles } from '@mao/shared/search/splitFiles'
import { createStore } from '@mao/shared/search/store'
import { suggestionWords } from '@mao/shared/search/suggest'
import { sitePaths } from '@mao/shared/sitePaths'
import { loadPublishedContent } from '../content/loadSiteContent'
import { searchTermCache } from './searchTermCache'
import { siteSearchDocuments } from './siteSearchDocuments'
import { devServer } from 'virtual:mao/dev-server'
import { perBuild } from '../incremental/perBuild'

export interface SearchFile {
  /** File name inside /zoeken, with the content hash. */
  name: string
  path: string
  body: string
}

export interface SearchFiles {
  manifest: SearchFile
  /** Surface words for "Bedoelde je …?", fetched by the worker only when a query needs one. */
  words: SearchFile
  /** Every file: the manifest, shards, chunks and words. */
  all: SearchFile[]
  count: number
}

const BASE_NAMES = { shard: 'zoektermen', chunk: 'zoekresultaten' } as const

const cached = perBuild<Promise<SearchFiles>>()

function hashedName(base: string, body: string): string {
  return `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`
}

async function build(): Promise<SearchFiles> {
  const docs = siteSearchDocuments(await loadPublishedContent())
  // Documents whose search fields did not change since the last build keep their terms.
  const terms = searchTermCache()
  const index = buildIndexData(docs, { terms: terms.cache })
  terms.keep()
  const split = splitSearchFiles(index, createStore(docs), (kind, body) => hashedName(BASE_NAMES[kind], body))
  const file = (name: string, body: string): SearchFile => ({ name, path: `${sitePaths.search}/${name}`, body })
  const manifest = file(hashedName('zoekindex', split.manifest), split.manifest)
  const wordsBody = JSON.stringify(suggestionWords(docs))
  const words = file(hashedName('zoekwoorden', wordsBody), wordsBody)
  return {
    manifest,
    words,
    all: [manifest, words, ...split.files.map((f) => file(f.name, f.body))],
    count: docs.length,
  }
}

/** The files of this build (rebuilt on every request in `astro dev`). */
export function searchFiles(): Promise<SearchFiles> {
  if (devServer) return build()
  const slot = cached()
  slot.value ??= build()
  return slot.value
}
