import { describe, expect, it } from 'vitest'
import { createIndex } from './createIndex'
import type { Matches } from './engine'
import { needsFallback, withPartialMatches } from './fallback'
import { search } from './query'
import { createStore } from './store'
import { searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

const matches = (entries: [number, number][]): Matches => ({
  count: entries.length,
  docs: Uint32Array.from(entries.map(([d]) => d)),
  scores: Float64Array.from(entries.map(([, s]) => s)),
  expansions: [],
})

describe('withPartialMatches', () => {
  it('adds the partial matches below the weakest full match, keeping full scores and ascending docs', () => {
    const merged = withPartialMatches(
      matches([
        [2, 4],
        [5, 1],
      ]),
      matches([
        [1, 10],
        [2, 9],
        [7, 5],
      ]),
    )
    expect([...merged.docs]).toEqual([1, 2, 5, 7])
    expect([...merged.scores]).toEqual([0.5, 4, 1, 0.25])
  })

  it('is needed only for a query of three words or more that finds one or two documents', () => {
    expect(needsFallback(matches([[1, 1]]), 3)).toBe(true)
    expect(needsFallback(matches([[1, 1]]), 2)).toBe(false)
    expect(needsFallback(matches([]), 3)).toBe(false)
    expect(
      needsFallback(
        matches([
          [1, 1],
          [2, 1],
          [3, 1],
        ]),
        3,
      ),
    ).toBe(false)
  })
})

describe('search with the partial fall-back', () => {
  const doc = (id: string, title: string, summary: string): SearchDocument =>
    searchDoc(id, title, { type: 'page', summary })
  const docs = [
    doc('contact', 'Contact', 'Een goed voorbeeld delen of een vraag: mail ons'),
    doc('aandragen', 'Goed voorbeeld aandragen', 'Stuur uw voorbeeld in'),
    doc('other', 'Nieuws', 'Iets anders'),
  ]
  const index = createIndex(docs)
  const store = createStore(docs)

  it('lists the pages with some of the words after the page with all of them', () => {
    const response = search(index, store, 'hoe kan ik een goed voorbeeld delen')
    expect(response.results.map((r) => r.ref)).toEqual(['contact', 'aandragen'])
    expect(response.partial).toBe(false)
  })
})
