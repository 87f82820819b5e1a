/// <reference lib="webworker" />
/**
 * Web Worker of the search page: fetches the index and the store (content-hashed static files),
 * loads them, and answers queries off the main thread so typing never stutters.
 */
import { loadIndex, type SearchIndex } from '@mao/shared/search/engine'
import { highlight, search } from '@mao/shared/search/query'
import { loadStore, type DocumentStore } from '@mao/shared/search/store'
import type { SearchView, WorkerRequest, WorkerResponse } from './protocol'

declare const self: DedicatedWorkerGlobalScope

let loaded: Promise<{ index: SearchIndex; store: DocumentStore }> | undefined

const post = (message: WorkerResponse): void => self.postMessage(message)

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.text()
}

async function load(indexUrl: string, storeUrl: string): Promise<{ index: SearchIndex; store: DocumentStore }> {
  const started = performance.now()
  const [indexText, storeText] = await Promise.all([fetchText(indexUrl), fetchText(storeUrl)])
  const fetched = performance.now()
  // JSON.parse and decoding are the "load" part: what the index format costs the visitor's CPU.
  const index = loadIndex(indexText)
  const store = loadStore(storeText)
  if (index.stamp !== store.stamp) throw new Error('Zoekindex en documentenlijst horen niet bij elkaar')
  post({ kind: 'ready', count: index.count, fetchMs: fetched - started, loadMs: performance.now() - fetched })
  return { index, store }
}

function run(
  index: SearchIndex,
  store: DocumentStore,
  request: Extract<WorkerRequest, { kind: 'search' }>,
): SearchView {
  const response = search(index, store, request.query, {
    type: request.filters.type,
    themes: request.filters.themes,
    regions: request.filters.regions,
    limit: request.limit,
  })
  return {
    results: response.results.map(({ doc, matches }) => ({
      id: doc.id,
      url: doc.url,
      type: doc.type,
      title: highlight(doc.title, matches),
      snippet: highlight(doc.snippet, matches),
      ...(doc.date ? { date: doc.date } : {}),
      themes: doc.themes,
      regions: doc.regions,
    })),
    total: response.total,
    facets: response.facets,
    fuzzy: response.fuzzy,
    partial: response.partial,
    empty: response.empty,
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.kind === 'load') {
    loaded ??= load(request.indexUrl, request.storeUrl)
    loaded.catch((error: unknown) =>
      post({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return
  }
  if (loaded === undefined) {
    post({ kind: 'error', id: request.id, message: 'De zoekindex is nog niet geladen' })
    return
  }
  loaded
    .then(({ index, store }) => {
      const started = performance.now()
      const view = run(index, store, request)
      post({ kind: 'results', id: request.id, view, ms: performance.now() - started })
    })
    .catch((error: unknown) =>
      post({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    )
})
