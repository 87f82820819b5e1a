import { describe, expect, it } from 'vitest'
import type { SearchView, WorkerRequest, WorkerResponse } from './protocol'
import { createSearchClient } from './searchClient'

/** A stand-in for the Web Worker: records requests, lets the test answer. */
function fakeWorker() {
  const listeners: Record<string, ((event: { data?: WorkerResponse }) => void)[]> = {}
  const posted: WorkerRequest[] = []
  let terminated = false
  const worker = {
    addEventListener: (type: string, listener: (event: { data?: WorkerResponse }) => void) => {
      ;(listeners[type] ??= []).push(listener)
    },
    postMessage: (message: WorkerRequest) => posted.push(message),
    terminate: () => void (terminated = true),
  }
  const reply = (data: WorkerResponse) => listeners.message?.forEach((listener) => listener({ data }))
  return { worker: worker as unknown as Worker, posted, reply, isTerminated: () => terminated }
}

const view = (total: number): SearchView => ({
  results: [],
  total,
  facets: { type: {}, theme: {}, region: {} },
  fuzzy: false,
  partial: false,
  empty: false,
})
const noFilters = { type: [], themes: [], regions: [] }

describe('search client', () => {
  it('loads the manifest first, then answers searches by id', async () => {
    const { worker, posted, reply } = fakeWorker()
    const client = createSearchClient(worker, '/zoeken/zoekindex.a.json', '/zoeken/zoekwoorden.c.json')
    expect(posted[0]).toEqual({
      kind: 'load',
      manifestUrl: '/zoeken/zoekindex.a.json',
      wordsUrl: '/zoeken/zoekwoorden.c.json',
    })
    reply({ kind: 'ready', count: 12, fetchMs: 1, loadMs: 1 })
    await expect(client.ready).resolves.toEqual({ count: 12 })

    const first = client.search('oogo', noFilters, 20)
    const second = client.search('swv', noFilters, 20)
    const [a, b] = posted.slice(1) as Extract<WorkerRequest, { kind: 'search' }>[]
    expect(a).toMatchObject({ kind: 'search', query: 'oogo', limit: 20 })
    reply({ kind: 'results', id: b!.id, view: view(2), ms: 1 })
    reply({ kind: 'results', id: a!.id, view: view(1), ms: 1 })
    await expect(second).resolves.toEqual({ id: b!.id, view: view(2) })
    await expect(first).resolves.toEqual({ id: a!.id, view: view(1) })
  })

  it('rejects ready when loading fails, and a search when it fails', async () => {
    const { worker, posted, reply } = fakeWorker()
    const client = createSearchClient(worker, '/i')
    reply({ kind: 'error', message: '/i: HTTP 404' })
    await expect(client.ready).rejects.toThrow('/i: HTTP 404')
    const search = client.search('x', noFilters, 20)
    const request = posted[1] as Extract<WorkerRequest, { kind: 'search' }>
    reply({ kind: 'error', id: request.id, message: 'kapot' })
    await expect(search).rejects.toThrow('kapot')
  })

  it('stops the worker and rejects what is still pending on dispose', async () => {
    const { worker, isTerminated } = fakeWorker()
    const client = createSearchClient(worker, '/i')
    const pending = client.search('x', noFilters, 20)
    client.dispose()
    expect(isTerminated()).toBe(true)
    await expect(pending).rejects.toThrow()
  })
})
