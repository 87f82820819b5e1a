import { describe, expect, it } from 'vitest'
import { termLookup } from './compounds'
import { createIndex } from './createIndex'
import { inflectionForms, resolveInflections } from './inflections'
import { parseQuery, search } from './query'
import { createStore } from './store'
import { searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

const doc = (id: string, title: string, summary = ''): SearchDocument => searchDoc(id, title, { summary })

const DOCS: SearchDocument[] = [
  doc('werksessie', 'Werksessie over bindende afspraken'),
  doc('werk', 'Werk en sessies', 'Over werk, en losse sessies'),
  doc('advies', 'Het eerste advies'),
  doc('adviezen', 'Zeven adviezen voor de regio'),
  doc('thuiszitten', 'Thema', 'Wat nodig is om thuiszitten te voorkomen'),
  doc('thuiszitters', 'Minder thuiszitters in de regio'),
  doc('oud', 'Oud en nieuw'),
  doc('ouders', 'Ouders betrekken'),
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const find = (query: string): string[] =>
  search(index, store, query)
    .results.map((r) => r.ref)
    .sort()

describe('inflectionForms', () => {
  it('gives the plural and singular forms the stemmer keeps apart', () => {
    expect(inflectionForms('werksessies')).toContain('werksessie')
    expect(inflectionForms('werksessie')).toContain('werksessies')
    expect(inflectionForms('adviezen')).toContain('advies')
    expect(inflectionForms('advies')).toContain('adviezen')
    expect(inflectionForms('brieven')).toContain('brief')
  })

  it('joins a verb with its agent noun only on a long base', () => {
    expect(inflectionForms('thuiszitten')).toEqual(expect.arrayContaining(['thuiszitter', 'thuiszitters']))
    expect(inflectionForms('thuiszitters')).toContain('thuiszitten')
    expect(inflectionForms('ouders')).not.toContain('ouden')
    expect(inflectionForms('kans')).toEqual([])
  })
})

describe('resolveInflections', () => {
  const lookup = termLookup(index)
  const resolve = (query: string) => resolveInflections(parseQuery(query, { prefix: false }), lookup)

  it('replaces an unknown stem by a known form, and adds known forms to a known stem', () => {
    expect(resolve('werksessies')[0]).toMatchObject({ stem: 'werksessie', variants: [] })
    expect(resolve('thuiszitten')[0]).toMatchObject({ stem: 'thuiszit', variants: ['thuiszitter'] })
    expect(resolve('regio')[0]!.variants).toBeUndefined()
  })

  it('does not take a singular the stemmer changes, so a typo meets no other typo', () => {
    const typos = termLookup(createIndex([doc('typo', 'Een tikfout', 'Over thuiszittrs')]))
    const [term] = resolveInflections(parseQuery('thuiszittres', { prefix: false }), typos)
    expect(term).toMatchObject({ stem: 'thuiszittres' })
    expect(term!.variants).toBeUndefined()
  })
})

describe('search with inflections', () => {
  it('finds the singular for a plural the stemmer leaves alone, instead of splitting it as a compound', () => {
    expect(find('werksessies')).toEqual(['werksessie'])
    expect(find('werksessies bindende')).toEqual(['werksessie'])
  })

  it('finds both forms for either', () => {
    expect(find('adviezen')).toEqual(['advies', 'adviezen'])
    expect(find('advies')).toEqual(['advies', 'adviezen'])
    expect(find('thuiszitten')).toEqual(['thuiszitten', 'thuiszitters'])
    expect(find('thuiszitter')).toEqual(['thuiszitten', 'thuiszitters'])
  })

  it('leaves short words alone', () => {
    expect(find('ouders')).toEqual(['ouders'])
  })
})
