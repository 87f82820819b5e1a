import { createIndex } from '@mao/shared/search/createIndex'
import { buildIndexData } from '@mao/shared/search/indexData'
import { search } from '@mao/shared/search/query'
import { splitSearchFiles } from '@mao/shared/search/splitFiles'
import { createStore } from '@mao/shared/search/store'
import type { SearchDocument } from '@mao/shared/search/types'
import { describe, expect, it } from 'vitest'
import { loadSearchFiles } from './searchFileLoader'

const doc = (n: number, words: string): SearchDocument => ({
  id: `d${n}`,
  type: n % 2 === 0 ? 'news' : 'practice',
  title: `${words} ${n}`,
  summary: `Over ${words}.`,
  body: words,
  themes: ['Passend onderwijs'],
  regions: [],
  url: `/nieuws/d${n}`,
})
const DOCS = Array.from({ length: 40 }, (_, n) =>
  doc(n, ['jeugdhulp op school', 'leerplicht en verzuim', 'thuiszitters', 'zorgplicht'][n % 4]!),
)
const BASE = 'https://site.test/zoeken/'

/** The split files of DOCS behind a fake fetch that logs every URL and fails the names in `failing`. */
function serve(failing = new Set<string>()) {
  let n = 0
  const split = splitSearchFiles(buildIndexData(DOCS), createStore(DOCS), (kind) => `${kind}-${n++}.json`, {
    shardChars: 20,
    chunkSize: 4,
  })
  const files = new Map([['zoekindex.json', split.manifest], ...split.files.map((f) => [f.name, f.body] as const)])
  const log: string[] = []
  const fetchText = async (url: string): Promise<string> => {
    const name = url.slice(BASE.length)
    log.push(name)
    const body = files.get(name)
    if (body === undefined || failing.has(name)) throw new Error(`${url}: HTTP 500`)
    return body
  }
  return { fetchText, log, split }
}

describe('loadSearchFiles', () => {
  it('fetches the manifest, then only the shards and chunks a search needs, each once', async () => {
    const { fetchText, log, split } = serve()
    const loader = await loadSearchFiles(`${BASE}zoekindex.json`, fetchText)
    expect(log).toEqual(['zoekindex.json'])
    const run = () => loader.withFiles(({ index, store }) => search(index, store, 'thuiszitters', { limit: 3 }))
    const response = await run()
    const whole = search(createIndex(DOCS), createStore(DOCS), 'thuiszitters', { limit: 3 })
    expect(response.results.map((r) => [r.ref, r.score])).toEqual(whole.results.map((r) => [r.ref, r.score]))
    expect(response.total).toBe(whole.total)
    const fetched = log.slice(1)
    expect(fetched.some((name) => name.startsWith('shard-'))).toBe(true)
    const chunks = new Set(whole.results.map((r) => Math.floor(DOCS.findIndex((d) => d.id === r.ref) / 4)))
    expect(fetched.filter((name) => name.startsWith('chunk-'))).toHaveLength(chunks.size)
    expect(fetched.length).toBeLessThan(split.files.length / 2)
    expect(new Set(fetched).size).toBe(fetched.length)
    await run()
    expect(log.length).toBe(fetched.length + 1)
  })

  it('rejects when a shard cannot be fetched, and fetches it again on the next search', async () => {
    const failing = new Set<string>()
    const { fetchText, log } = serve(failing)
    const loader = await loadSearchFiles(`${BASE}zoekindex.json`, fetchText)
    const run = () => loader.withFiles(({ index, store }) => search(index, store, 'leerplicht'))
    // Find the shard of "leerplicht" from a first, successful search on a fresh loader.
    const probe = serve()
    const probeLoader = await loadSearchFiles(`${BASE}zoekindex.json`, probe.fetchText)
    await probeLoader.withFiles(({ index, store }) => search(index, store, 'leerplicht'))
    const shard = probe.log.find((name) => name.startsWith('shard-'))!
    failing.add(shard)
    await expect(run()).rejects.toThrow(/HTTP 500/)
    failing.clear()
    const response = await run()
    expect(response.total).toBeGreaterThan(0)
    expect(log.filter((name) => name === shard)).toHaveLength(2)
  })

  it('rejects a file from another build instead of answering', async () => {
    const { fetchText } = serve()
    const other = DOCS.map((d) => ({ ...d, id: `x${d.id}` }))
    let n = 0
    const alien = splitSearchFiles(buildIndexData(other), createStore(other), (kind) => `${kind}-${n++}.json`, {
      shardChars: 20,
      chunkSize: 4,
    })
    const alienBodies = new Map(alien.files.map((f) => [f.name, f.body]))
    const loader = await loadSearchFiles(`${BASE}zoekindex.json`, async (url) =>
      url.endsWith('zoekindex.json') ? fetchText(url) : alienBodies.get(url.slice(BASE.length))!,
    )
    await expect(loader.withFiles(({ index, store }) => search(index, store, 'thuiszitters'))).rejects.toThrow(
      /niet bij dezelfde versie/,
    )
  })

  it('fails when the manifest cannot be fetched', async () => {
    const fail = async (url: string): Promise<string> => {
      throw new Error(`${url}: HTTP 404`)
    }
    await expect(loadSearchFiles(`${BASE}zoekindex.json`, fail)).rejects.toThrow(/HTTP 404/)
  })
})
