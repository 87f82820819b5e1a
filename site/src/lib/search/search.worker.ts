/// <reference lib="webworker" />
/**
 * Web Worker of the search page: fetches the search manifest (content-hashed static file),
 * loads it, and answers queries off the main thread so typing never stutters; postings shards
 * and result chunks are fetched as queries need them (searchFileLoader.ts), the words for
 * "Bedoelde je …?" when a query first needs a suggestion.
 */
import { highlight, search, type SearchResponse } from '@mao/shared/search/query'
import type { SearchView, WorkerRequest, WorkerResponse } from './protocol'
import { loadSearchFiles, type SearchFileLoader } from './searchFileLoader'
import { createSuggest, type Suggest } from './wordSuggestions'

declare const self: DedicatedWorkerGlobalScope

let loaded: Promise<SearchFileLoader> | undefined
let suggest: Suggest = async () => undefined

const post = (message: WorkerResponse): void => self.postMessage(message)

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.text()
}

async function load(manifestUrl: string): Promise<SearchFileLoader> {
  const started = performance.now()
  let fetched = started
  const loader = await loadSearchFiles(new URL(manifestUrl, self.location.href).href, async (url) => {
    const text = await fetchText(url)
    if (fetched === started) fetched = performance.now()
    return text
  })
  // JSON.parse and decoding are the "load" part: what the format costs the visitor's CPU.
  post({
    kind: 'ready',
    count: loader.search.index.count,
    fetchMs: fetched - started,
    loadMs: performance.now() - fetched,
  })
  return loader
}

async function answer(loader: SearchFileLoader, request: Extract<WorkerRequest, { kind: 'search' }>) {
  const response = await loader.withFiles(({ index, store }) =>
    search(index, store, request.query, {
      type: request.filters.type,
      themes: request.filters.themes,
      regions: request.filters.regions,
      limit: request.limit,
    }),
  )
  const suggestion = await suggest(loader.search.index, request.query, response)
  return toView(response, suggestion)
}

function toView(response: SearchResponse, suggestion: string | undefined): SearchView {
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
    ...(suggestion === undefined ? {} : { suggestion }),
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.kind === 'load') {
    loaded ??= load(request.manifestUrl)
    suggest = createSuggest(request.wordsUrl, fetchText)
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
    .then(async (loader) => {
      // In-worker time: the search, plus fetching the shards and chunks it needs on first use.
      const started = performance.now()
      const view = await answer(loader, request)
      post({ kind: 'results', id: request.id, view, ms: performance.now() - started })
    })
    .catch((error: unknown) =>
      post({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    )
})
