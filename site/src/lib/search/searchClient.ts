/**
 * Talks to the search worker: one load, then searches by id; a newer search makes the answer to
 * an older one irrelevant (the caller keeps only the latest).
 */
import type { SearchFilters, SearchView, WorkerRequest, WorkerResponse } from './protocol'

export interface SearchClient {
  ready: Promise<{ count: number }>
  search(query: string, filters: SearchFilters, limit: number): Promise<{ id: number; view: SearchView }>
  dispose(): void
}

export function createSearchClient(worker: Worker, manifestUrl: string, wordsUrl = ''): SearchClient {
  const pending = new Map<
    number,
    { resolve: (answer: { id: number; view: SearchView }) => void; reject: (error: Error) => void }
  >()
  let nextId = 1
  let readyResolve: (value: { count: number }) => void = () => {}
  let readyReject: (error: Error) => void = () => {}
  const ready = new Promise<{ count: number }>((resolve, reject) => {
    readyResolve = resolve
    readyReject = reject
  })

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.kind === 'ready') readyResolve({ count: message.count })
    else if (message.kind === 'results') {
      pending.get(message.id)?.resolve({ id: message.id, view: message.view })
      pending.delete(message.id)
    } else {
      const error = new Error(message.message)
      if (message.id === undefined) readyReject(error)
      else {
        pending.get(message.id)?.reject(error)
        pending.delete(message.id)
      }
    }
  })
  worker.addEventListener('error', () => readyReject(new Error('De zoekfunctie kon niet starten')))
  const post = (request: WorkerRequest): void => worker.postMessage(request)
  post({ kind: 'load', manifestUrl, wordsUrl })

  return {
    ready,
    search(query, filters, limit) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        post({ kind: 'search', id, query, filters, limit })
      })
    },
    dispose() {
      worker.terminate()
      for (const { reject } of pending.values()) reject(new Error('Zoeken gestopt'))
      pending.clear()
    },
  }
}
