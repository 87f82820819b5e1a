import { describe, expect, it } from 'vitest'
import { termLookup } from './compounds'
import { createIndex } from './createIndex'
import { search } from './query'
import { createStore } from './store'
import { createVocabulary, editDistance, needsSuggestion, suggestionWords, suggestQuery } from './suggest'
import { searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

// Every body holds a typo, so the tests can check that bodies never feed the suggestions.
const doc = (id: string, title: string, extra: Partial<SearchDocument> = {}): SearchDocument =>
  searchDoc(id, title, { body: 'Een tekst over iets heel anders: thuiszittrs.', ...extra })

const DOCS: SearchDocument[] = [
  doc('a', 'Minder thuiszitters in Twente', { themes: ['Thuiszitters en verzuim'], regions: ['Regio Twente'] }),
  doc('b', 'Thuiszitters terug naar school', { themes: ['Thuiszitters en verzuim'] }),
  doc('c', 'Dokwerk werkt', { places: ['Gorinchem'] }),
  doc('d', 'Een dokter op school', { regions: ['Noord-Kennemerland'] }),
  doc('e', 'Jeugdzorg in Fryslân'),
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const vocabulary = createVocabulary(suggestionWords(DOCS))
const lookup = termLookup(index)

describe('editDistance', () => {
  it.each([
    ['dokwerk', 'dokwerk', 0],
    ['dokwrek', 'dokwerk', 1],
    ['dokwek', 'dokwerk', 1],
    ['thuiszittres', 'thuiszitters', 1],
    ['kenemerlnd', 'kennemerland', 2],
    ['abc', 'xyzabc', 3],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
  })
})

describe('suggestionWords', () => {
  it('lists surface words of titles, themes, regions and places, most frequent first, no stop words', () => {
    const words = suggestionWords(DOCS)
    // "thuiszitters" is in two documents, "dokwerk" in one, "samenwerkingsverband" only in the synonyms.
    expect(words.indexOf('thuiszitters')).toBeLessThan(words.indexOf('dokwerk'))
    expect(words.indexOf('dokwerk')).toBeLessThan(words.indexOf('samenwerkingsverband'))
    expect(words).toEqual(expect.arrayContaining(['dokwerk', 'gorinchem', 'twente', 'fryslân', 'kennemerland']))
    expect(words).toContain('noord-kennemerland')
    expect(words).not.toContain('in')
    // Bodies are left out: their typos are not suggestions.
    expect(words).not.toContain('thuiszittrs')
  })

  it('keeps acronyms in capitals and includes the synonym groups', () => {
    expect(suggestionWords([])).toEqual(expect.arrayContaining(['OOGO', 'samenwerkingsverband']))
  })
})

describe('suggestQuery', () => {
  it('replaces an unknown word by the closest known word, as a surface word', () => {
    expect(suggestQuery('thuiszittres', vocabulary, lookup)).toBe('thuiszitters')
    expect(suggestQuery('Dokwrek', vocabulary, lookup)).toBe('dokwerk')
    // "friesland" is known through the place synonyms (Friesland ↔ Fryslân) and one edit away.
    expect(suggestQuery('Frieslân jeugdzrog', vocabulary, lookup)).toBe('friesland jeugdzorg')
  })

  it('keeps known words and stop words as typed', () => {
    expect(suggestQuery('de Thuiszittres in Twente', vocabulary, lookup)).toBe('de thuiszitters in Twente')
  })

  it('prefers one edit over two, then the most frequent word', () => {
    // "dokwerk" (1 edit) beats "dokter" (2 edits) for "dokwek".
    expect(suggestQuery('dokwek', vocabulary, lookup)).toBe('dokwerk')
  })

  it('gives nothing when every word is known, too short or too far from anything', () => {
    expect(suggestQuery('thuiszitters twente', vocabulary, lookup)).toBeUndefined()
    expect(suggestQuery('dkw', vocabulary, lookup)).toBeUndefined()
    expect(suggestQuery('xqzvbnm', vocabulary, lookup)).toBeUndefined()
  })

  it('never offers another number for a number', () => {
    const docs = [doc('jaar', 'Jaarverslag 2025')]
    const years = createVocabulary(suggestionWords(docs))
    expect(years.entries.map((entry) => entry.word)).toContain('2025')
    expect(suggestQuery('jaarverslag 2024', years, termLookup(createIndex(docs)))).toBeUndefined()
  })
})

describe('search with a vocabulary', () => {
  it('suggests when nothing, few or only fuzzy results are found', () => {
    expect(search(index, store, 'thuiszittres', { vocabulary }).suggestion).toBe('thuiszitters')
    expect(search(index, store, 'kenemerlnd', { vocabulary }).suggestion).toBe('kennemerland')
  })

  it('does not suggest for a good query, or without a vocabulary', () => {
    expect(search(index, store, 'thuiszitters', { vocabulary }).suggestion).toBeUndefined()
    expect(search(index, store, 'thuiszittres').suggestion).toBeUndefined()
  })

  it('decides on the number and kind of results', () => {
    const quality = { total: 5, fuzzy: false, partial: false, empty: false }
    expect(needsSuggestion(quality)).toBe(false)
    expect(needsSuggestion({ ...quality, total: 2 })).toBe(true)
    expect(needsSuggestion({ ...quality, fuzzy: true })).toBe(true)
    expect(needsSuggestion({ ...quality, partial: true })).toBe(true)
    expect(needsSuggestion({ ...quality, total: 0, empty: true })).toBe(false)
  })
})
