import { describe, expect, it } from 'vitest'
import { createIndex } from './pipeline'
import { search } from './query'
import { loadIndex, serializeIndex } from './serialize'
import { createStore, loadStore, serializeStore } from './store'
import { CORPUS } from './test-fixtures'

const QUERIES = [
  'samenwerkingsverbanden',
  'OOGO',
  'crèche',
  "regio's",
  'samenw',
  'jeugdhup',
  'gemeente overleg zeppelin',
]

describe('serializeIndex / loadIndex', () => {
  const index = createIndex(CORPUS)
  const store = createStore(CORPUS)
  const json = serializeIndex(index)

  it('produces JSON that records the Dutch pipeline', () => {
    const parsed = JSON.parse(json) as { version: string; pipeline: string[] }
    expect(parsed.version).toBe('2.3.9')
    expect(parsed.pipeline).toEqual(['stemmer-nl'])
  })

  it('loaded from text or object, answers every query exactly like the original', () => {
    const fromText = loadIndex(json)
    const fromObject = loadIndex(JSON.parse(json) as object)
    const loadedStore = loadStore(serializeStore(store))
    for (const query of QUERIES) {
      const expected = search(index, store, query)
      expect(expected.results.length, query).toBeGreaterThan(0)
      for (const loaded of [fromText, fromObject]) {
        const actual = search(loaded, loadedStore, query)
        expect(
          actual.results.map((r) => [r.ref, r.score]),
          query,
        ).toEqual(expected.results.map((r) => [r.ref, r.score]))
        expect(actual.fuzzy, query).toBe(expected.fuzzy)
        expect(actual.facets, query).toEqual(expected.facets)
      }
    }
  })

  it('rejects something that is not an index of this schema', () => {
    expect(() => loadIndex('{"version":"2.3.9"}')).toThrow(/fields title, summary, body/)
    const otherFields = { ...(JSON.parse(json) as object), fields: ['title', 'body'] }
    expect(() => loadIndex(otherFields)).toThrow(/fields/)
    expect(() => loadIndex('null')).toThrow(/fields/)
    expect(() => loadIndex('{not json')).toThrow(SyntaxError)
  })
})
