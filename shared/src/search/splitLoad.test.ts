import { describe, expect, it } from 'vitest'
import { createIndex } from './createIndex'
import { buildIndexData } from './indexData'
import { MissingFilesError } from './missingFiles'
import { search, type SearchOptions, type SearchResponse } from './query'
import { splitSearchFiles, type SplitFiles } from './splitFiles'
import { loadManifest, parseManifest, type SplitSearch } from './splitLoad'
import { createStore, docMeta } from './store'
import { CORPUS, SAMPLE_QUERIES } from './test-fixtures'

/** Split files of the corpus, named by number, with tiny shards and chunks so queries need several. */
function split(options = { shardChars: 40, chunkSize: 2 }): SplitFiles {
  let n = 0
  return splitSearchFiles(buildIndexData(CORPUS), createStore(CORPUS), (kind) => `${kind}-${n++}.json`, options)
}

/** What the worker does: search, fetch what is missing, search again. Returns the rounds too. */
function searchSplit(
  loaded: SplitSearch,
  files: ReadonlyMap<string, string>,
  query: string,
  options?: SearchOptions,
): { response: SearchResponse; rounds: number } {
  for (let rounds = 0; rounds < 10; rounds += 1) {
    try {
      return { response: search(loaded.index, loaded.store, query, options), rounds }
    } catch (error) {
      if (!(error instanceof MissingFilesError)) throw error
      for (const name of error.files) loaded.addFile(name, files.get(name)!)
    }
  }
  throw new Error('too many rounds')
}

describe('split search files', () => {
  const { manifest, files } = split()
  const bodies = new Map(files.map((file) => [file.name, file.body]))
  const index = createIndex(CORPUS)
  const store = createStore(CORPUS)

  it('cut the postings into consecutive shards and the display data into chunks', () => {
    const parsed = parseManifest(manifest)
    expect(parsed.shards.length).toBeGreaterThan(3)
    expect(parsed.shards.reduce((sum, shard) => sum + shard.terms, 0)).toBe(index.terms.length)
    expect(parsed.chunks).toHaveLength(Math.ceil(CORPUS.length / 2))
    expect(manifest).not.toContain(CORPUS[0]!.title)
  })

  it('answer every query exactly like the whole index and store, fetching only some files', () => {
    const loaded = loadManifest(manifest)
    for (const query of SAMPLE_QUERIES) {
      const expected = search(index, store, query)
      expect(expected.results.length, query).toBeGreaterThan(0)
      const { response, rounds } = searchSplit(loaded, bodies, query)
      expect(rounds, query).toBeLessThanOrEqual(5)
      expect(
        response.results.map((r) => [r.ref, r.score, r.doc, r.matches]),
        query,
      ).toEqual(expected.results.map((r) => [r.ref, r.score, r.doc, r.matches]))
      expect([response.facets, response.fuzzy, response.partial], query).toEqual([
        expected.facets,
        expected.fuzzy,
        expected.partial,
      ])
    }
    const fresh = loadManifest(manifest)
    const { rounds } = searchSplit(fresh, bodies, 'OOGO', { limit: 1 })
    // One round for the shards, one for the chunk of the one result shown.
    expect(rounds).toBe(2)
    expect(fresh.store.display.filter((d) => d !== undefined)).toHaveLength(2)
    expect(fresh.index.missingFiles(fresh.index.terms.keys()).length).toBeGreaterThan(0)
  })

  it('decode the meta of every document for ranking and facets before any chunk', () => {
    const loaded = loadManifest(manifest)
    CORPUS.forEach((_, d) => expect(docMeta(loaded.store, d)).toEqual(docMeta(store, d)))
    expect(loaded.store.display.every((d) => d === undefined)).toBe(true)
  })

  it('refuse a file from another build or under another name, and leave the search unanswered', () => {
    const other = split()
    const loaded = loadManifest(manifest)
    const shard = files.find((file) => file.kind === 'shard')!
    const alien = JSON.stringify({ ...(JSON.parse(shard.body) as object), stamp: 'x-1' })
    expect(() => loaded.addFile(shard.name, alien)).toThrow(/niet bij dezelfde versie/)
    const chunk = files.find((file) => file.kind === 'chunk')!
    expect(() => loaded.addFile(shard.name, chunk.body)).toThrow(/not a file of this search index/)
    expect(() => loaded.addFile('elders.json', shard.body)).toThrow(/not a file of this search index/)
    expect(() => loaded.addFile(shard.name, 'null')).toThrow(/not a search file/)
    const cutShard = JSON.parse(shard.body) as { postings: string }
    expect(() => loaded.addFile(shard.name, { ...cutShard, postings: cutShard.postings.slice(1) })).toThrow(
      /do not match/,
    )
    expect(() => search(loaded.index, loaded.store, 'OOGO')).toThrow(MissingFilesError)
    expect(other.manifest).toBe(manifest)
  })

  it('reject a damaged manifest with a clear error', () => {
    const parsed = JSON.parse(manifest) as Record<string, unknown>
    expect(() => loadManifest('null')).toThrow(/Not a search manifest/)
    expect(() => loadManifest({ ...parsed, version: 2 })).toThrow(/Not a search manifest/)
    expect(() => loadManifest({ ...parsed, frequencies: '' })).toThrow(/frequencies/)
    expect(() => loadManifest({ ...parsed, chunks: [] })).toThrow(/chunks/)
    const meta = parsed.meta as Record<string, unknown>
    expect(() => loadManifest({ ...parsed, meta: { ...meta, type: `${String(meta.type)}A` } })).toThrow(
      /meta does not match/,
    )
  })

  it('an empty corpus gives a manifest that finds nothing', () => {
    const empty = splitSearchFiles(buildIndexData([]), createStore([]), () => 'x')
    expect(empty.files).toEqual([])
    const loaded = loadManifest(empty.manifest)
    expect(search(loaded.index, loaded.store, 'jeugdhulp')).toMatchObject({ results: [], total: 0 })
  })
})
