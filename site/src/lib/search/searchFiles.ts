/**
 * Builds the search index and the document store once per build and names them by content
 * hash (`/zoeken/zoekindex.<hash>.json`, `/zoeken/zoekdocumenten.<hash>.json`): emitted by the
 * endpoint `src/pages/zoeken/[file].ts`, referenced by the search page, never bundled.
 */
import { createHash } from 'node:crypto'
import { buildIndexData, serializeIndex } from '@mao/shared/search/indexData'
import { createStore, serializeStore } from '@mao/shared/search/store'
import { sitePaths } from '@mao/shared/sitePaths'
import { loadSiteContent } from '../content/loadSiteContent'
import { siteSearchDocuments } from './siteSearchDocuments'

export interface SearchFile {
  /** File name inside /zoeken, with the content hash. */
  name: string
  path: string
  body: string
}

export interface SearchFiles {
  index: SearchFile
  store: SearchFile
  count: number
}

let cached: Promise<SearchFiles> | undefined

function hashedName(base: string, body: string): string {
  return `${base}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`
}

async function build(): Promise<SearchFiles> {
  const docs = siteSearchDocuments(await loadSiteContent())
  const file = (base: string, body: string): SearchFile => {
    const name = hashedName(base, body)
    return { name, path: `${sitePaths.search}/${name}`, body }
  }
  return {
    index: file('zoekindex', serializeIndex(buildIndexData(docs))),
    store: file('zoekdocumenten', serializeStore(createStore(docs))),
    count: docs.length,
  }
}

/** The two files of this build (rebuilt on every request in `astro dev`). */
export function searchFiles(): Promise<SearchFiles> {
  if (import.meta.env.DEV) return build()
  cached ??= build()
  return cached
}
