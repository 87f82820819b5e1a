import { describe, expect, it } from 'vitest'
import { resolveCompounds, splitCompound, termLookup } from './compounds'
import { createIndex } from './createIndex'
import { stem } from './lunr-nl'
import { parseQuery, search } from './query'
import { createStore } from './store'
import { searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

const doc = searchDoc

const DOCS: SearchDocument[] = [
  doc('jeugdzorg-regio', 'Jeugdzorg in de regio wordt anders ingekocht'),
  doc('schoolverzuim', 'Aanpak van schoolverzuim in het voortgezet onderwijs'),
  doc('oza', 'Een onderwijs-zorgarrangement voor elke leerling'),
  doc('leerlingbegeleiding', 'Begeleiding van elke leerling op school'),
  doc('zuid-limburg-spaced', 'Nieuws uit Zuid Limburg', { regions: ['Zuid Limburg'] }),
  doc('dokwerk', 'Dokwerk start een pilot'),
  doc('zorg', 'Zorg en onderwijs'),
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const lookup = termLookup(index)
const find = (query: string): string[] => search(index, store, query).results.map((r) => r.ref)

describe('splitCompound', () => {
  it('splits an unknown closed compound into known parts of at least 4 characters', () => {
    expect(splitCompound('jeugdzorgregio', lookup.isKnown)).toEqual(['jeugdzorg', 'regio'])
    expect(splitCompound('zorgonderwijs', lookup.isKnown)).toEqual(['zorg', 'onderwijs'])
  })

  it('leaves the linking s on the head, whose stem drops it', () => {
    expect(splitCompound('leerlingsbegeleiding', lookup.isKnown)).toEqual(['leerlings', 'begeleiding'])
  })

  it('prefers the fewest parts', () => {
    const known = (s: string) => ['jeugd', 'zorg', 'jeugdzorg', 'regio'].map(stem).includes(s)
    expect(splitCompound('jeugdzorgregio', known)).toEqual(['jeugdzorg', 'regio'])
  })

  it('gives nothing for short parts, unknown parts or a single part', () => {
    expect(splitCompound('zorgtas', lookup.isKnown)).toBeUndefined()
    expect(splitCompound('zorgqwerty', lookup.isKnown)).toBeUndefined()
    expect(splitCompound('jeugdzorg', lookup.isKnown)).toBeUndefined()
  })
})

describe('resolveCompounds', () => {
  const words = (query: string): string[] =>
    resolveCompounds(parseQuery(query, { prefix: false }), lookup).map((t) => t.word)

  it('leaves known words alone and marks them known', () => {
    const terms = resolveCompounds(parseQuery('jeugdzorg regio', { prefix: false }), lookup)
    expect(terms.map((t) => [t.word, t.known])).toEqual([
      ['jeugdzorg', true],
      ['regio', true],
    ])
  })

  it('searches the parts of an unknown hyphenated word', () => {
    expect(words('Zuid-Limburg')).toEqual(['zuid', 'limburg'])
  })

  it('keeps the joined form of a hyphenated word the index knows', () => {
    expect(words('onderwijs-zorgarrangement')).toEqual(['onderwijszorgarrangement'])
  })

  it('joins neighbouring words whose joined form is known', () => {
    expect(words('Dok Werk')).toEqual(['dokwerk'])
    expect(words('dok-werk')).toEqual(['dokwerk'])
  })

  it('does not split a word that is still being typed into a known term', () => {
    const typed = resolveCompounds(parseQuery('schoolverz'), lookup)
    expect(typed.map((t) => t.word)).toEqual(['schoolverz'])
  })

  it('splits the last word while typing once no term starts with it', () => {
    const typed = resolveCompounds(parseQuery('jeugdzorgregio'), lookup)
    expect(typed.map((t) => t.word)).toEqual(['jeugdzorg', 'regio'])
    expect(typed[1]?.prefix).toBe('regio')
  })
})

describe('search with compounds', () => {
  it('finds documents with the parts of an unknown compound', () => {
    expect(find('jeugdzorgregio')).toEqual(['jeugdzorg-regio'])
    expect(find('leerlingsbegeleiding')).toEqual(['leerlingbegeleiding'])
  })

  it('finds a spaced name with its hyphenated and joined forms', () => {
    for (const query of ['Zuid Limburg', 'Zuid-Limburg', 'ZuidLimburg', 'zuidlimburg']) {
      expect(find(query), query).toEqual(['zuid-limburg-spaced'])
    }
  })

  it('finds a closed name with its spaced and hyphenated forms', () => {
    for (const query of ['Dokwerk', 'Dok Werk', 'Dok-Werk', 'dok werk pilot']) {
      expect(find(query), query).toEqual(['dokwerk'])
    }
  })

  it('finds the hyphenated compound by its second part and its joined form', () => {
    expect(find('zorgarrangement')).toEqual(['oza'])
    expect(find('onderwijszorgarrangement')).toEqual(['oza'])
  })
})
