import { describe, expect, it } from 'vitest'
import { createIndex } from './createIndex'
import { PLACE_GROUPS } from './places.data'
import { search } from './query'
import { createStore } from './store'
import { SYNONYM_GROUPS } from './synonyms.data'
import type { SearchDocument } from './types'

/** Region pages shaped as the site indexes them: the region's name, its municipalities as places. */
const region = (id: string, title: string, places: string[], summary = ''): SearchDocument => ({
  id,
  type: 'region',
  title,
  summary,
  body: '',
  themes: [],
  regions: [title],
  places,
  url: `/regios/${id}`,
})

const DOCS: SearchDocument[] = [
  region('de-meierij', 'De Meierij', ["'s-Hertogenbosch", 'Boxtel', 'Sint-Michielsgestel', 'Vught']),
  region('noordoost-friesland', 'Noordoost-Friesland', ['Achtkarspelen', 'Dantumadiel', 'Noardeast-Fryslân']),
  region('zuid-limburg', 'Zuid-Limburg', ['Maastricht', 'Heerlen', 'Sittard-Geleen']),
  region('foodvalley', 'FoodValley', ['Ede', 'Wageningen']),
  region('twente', 'Regio Twente', ['Enschede', 'Rijssen-Holten']),
  region('holland-rijnland', 'Holland-Rijnland', ['Leiden'], 'Samenwerking die leidt tot minder thuiszitters.'),
  {
    id: 'verb-leiden',
    type: 'news',
    title: 'Goede afspraken leiden tot minder thuiszitters',
    summary: '',
    body: '',
    themes: [],
    regions: [],
    url: '/nieuws/verb-leiden',
  },
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const first = (query: string): string | undefined => search(index, store, query).results[0]?.ref
const refs = (query: string): string[] => search(index, store, query).results.map((r) => r.ref)

describe('place names', () => {
  it('are merged into the synonym groups', () => {
    for (const group of PLACE_GROUPS) expect(SYNONYM_GROUPS).toContainEqual(group)
  })

  it.each([
    ['Den Bosch', 'de-meierij'],
    ["'s-Hertogenbosch", 'de-meierij'],
    ['s Hertogenbosch', 'de-meierij'],
    ['Hertogenbosch', 'de-meierij'],
    ['Dokkum', 'noordoost-friesland'],
    ['NO-Friesland', 'noordoost-friesland'],
    ['Noordoost Fryslân', 'noordoost-friesland'],
    ['noordoost-fryslan', 'noordoost-friesland'],
    ['Noordoostfriesland', 'noordoost-friesland'],
    ['Zuid Limburg', 'zuid-limburg'],
    ['Zuid-Limburg', 'zuid-limburg'],
    ['Zuidlimburg', 'zuid-limburg'],
    ['Sittard Geleen', 'zuid-limburg'],
    ['Food Valley', 'foodvalley'],
    ['Food-Valley', 'foodvalley'],
    ['Enschede', 'twente'],
    ['Rijssen Holten', 'twente'],
    ['Sint Michielsgestel', 'de-meierij'],
  ])('"%s" finds the region %s first', (query, expected) => {
    expect(first(query)).toBe(expected)
  })

  it('finds the region by its main city and the city by its region', () => {
    expect(refs('Maastricht')).toEqual(['zuid-limburg'])
    expect(refs('Twente')).toEqual(['twente'])
  })

  it('leaves out Leiden, which is also a verb: the region never matches the verb through a synonym', () => {
    expect(refs('Holland-Rijnland')).toEqual(['holland-rijnland'])
  })
})
