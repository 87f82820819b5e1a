import { createIndex } from '@mao/shared/search/createIndex'
import { search } from '@mao/shared/search/query'
import { createStore } from '@mao/shared/search/store'
import { suggestionWords } from '@mao/shared/search/suggest'
import type { SearchDocument } from '@mao/shared/search/types'
import { describe, expect, it } from 'vitest'
import { createSuggest, parseVocabulary } from './wordSuggestions'

const doc = (id: string, title: string): SearchDocument => ({
  id,
  type: 'news',
  title,
  summary: '',
  body: '',
  themes: [],
  regions: [],
  url: `/nieuws/${id}`,
})
const DOCS = [
  doc('a', 'Minder thuiszitters in Twente'),
  doc('b', 'Thuiszitters terug naar school'),
  doc('c', 'Wat scholen voor thuiszitters doen'),
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const WORDS = JSON.stringify(suggestionWords(DOCS))
const typo = search(index, store, 'thuiszittres')
const good = search(index, store, 'thuiszitters')

/** A fetch of the words file that answers from `bodies` in turn (an Error rejects) and counts its calls. */
function fetchWords(...bodies: (string | Error)[]) {
  const calls: string[] = []
  const fetchText = (url: string) => {
    calls.push(url)
    const body = bodies[Math.min(calls.length, bodies.length) - 1]!
    return body instanceof Error ? Promise.reject(body) : Promise.resolve(body)
  }
  return { fetchText, calls }
}

describe('parseVocabulary', () => {
  it('reads a JSON array of words, and nothing else', () => {
    expect(parseVocabulary(WORDS)?.entries.length).toBeGreaterThan(0)
    for (const text of ['<!doctype html><p>Even geduld</p>', '{"words":["a"]}', '[1,2]', 'null', ''])
      expect(parseVocabulary(text)).toBeUndefined()
  })
})

describe('createSuggest', () => {
  it('suggests for a poor result and fetches the words once, only when first needed', async () => {
    const { fetchText, calls } = fetchWords(WORDS)
    const suggest = createSuggest('/zoeken/zoekwoorden.json', fetchText)
    await expect(suggest(index, 'thuiszitters', good)).resolves.toBeUndefined()
    expect(calls).toEqual([])
    await expect(suggest(index, 'thuiszittres', typo)).resolves.toBe('thuiszitters')
    await expect(suggest(index, 'thuiszittres', typo)).resolves.toBe('thuiszitters')
    expect(calls).toEqual(['/zoeken/zoekwoorden.json'])
  })

  it('gives no suggestion, and never an error, for a words file that is not a list of words', async () => {
    for (const body of ['<!doctype html><title>Proxy</title>', '{"a":1}', '[null]']) {
      const { fetchText, calls } = fetchWords(body)
      const suggest = createSuggest('/w.json', fetchText)
      await expect(suggest(index, 'thuiszittres', typo)).resolves.toBeUndefined()
      await expect(suggest(index, 'thuiszittres', typo)).resolves.toBeUndefined()
      expect(calls).toHaveLength(1)
    }
  })

  it('gives no suggestion when the words cannot be fetched, and tries again on a later query', async () => {
    const { fetchText, calls } = fetchWords(new Error('/w.json: HTTP 503'), WORDS)
    const suggest = createSuggest('/w.json', fetchText)
    await expect(suggest(index, 'thuiszittres', typo)).resolves.toBeUndefined()
    await expect(suggest(index, 'thuiszittres', typo)).resolves.toBe('thuiszitters')
    expect(calls).toHaveLength(2)
  })

  it('gives no suggestion when suggesting itself throws', async () => {
    const { fetchText } = fetchWords(WORDS)
    const broken = {
      terms: [],
      termIds: {
        has: () => {
          throw new Error('kapot')
        },
      },
    } as unknown as typeof index
    await expect(createSuggest('/w.json', fetchText)(broken, 'thuiszittres', typo)).resolves.toBeUndefined()
  })

  it('suggests nothing without a words file', async () => {
    const { fetchText, calls } = fetchWords(WORDS)
    await expect(createSuggest('', fetchText)(index, 'thuiszittres', typo)).resolves.toBeUndefined()
    expect(calls).toEqual([])
  })
})
