/** Punctuation in queries: never an operator, never a lost match. */
import { describe, expect, it } from 'vitest'
import { createIndex } from './createIndex'
import { search } from './query'
import { createStore } from './store'
import { searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

const doc = searchDoc

const DOCS: SearchDocument[] = [
  doc('po-vo', 'Overstap van PO naar VO', { summary: 'Scholen voor primair en voortgezet onderwijs.' }),
  doc('jeugdzorg', 'Jeugdzorg en school', { regions: ['Noord-Kennemerland'] }),
  doc('limburg', 'Thuiszitters in Zuid-Limburg', { regions: ['Zuid-Limburg'] }),
  doc('dotted', 'Afspraken met het v.o. en o.a. de gemeente'),
]
const index = createIndex(DOCS)
const store = createStore(DOCS)
const refs = (query: string): string[] => search(index, store, query).results.map((r) => r.ref)

describe('punctuation in queries', () => {
  it.each([
    ['+jeugdzorg', 'jeugdzorg'],
    ['-jeugdzorg', 'jeugdzorg'],
    ['jeugdzorg:', 'jeugdzorg'],
    ['title:jeugdzorg', 'jeugdzorg'],
    ['jeugdzorg~1', 'jeugdzorg'],
    ['jeugdzorg*', 'jeugdzorg'],
    ['jeugdzorg^10', 'jeugdzorg'],
    ['"jeugdzorg"', 'jeugdzorg'],
    ['"jeugdzorg school"', 'jeugdzorg school'],
    ['jeugdzorg/school', 'jeugdzorg school'],
    ['jeugdzorg & school!?', 'jeugdzorg school'],
    ['(jeugdzorg) [school] {x}', 'jeugdzorg school'],
    ['jeugdzorg -- school', 'jeugdzorg school'],
    ['Zuid-Limburg:', 'Zuid Limburg'],
    ['+Zuid-Limburg -', 'Zuid Limburg'],
    ['"Zuid-Limburg"', 'Zuid Limburg'],
    ['Zuid–Limburg', 'Zuid Limburg'],
    ['Noord-Kennemerland/jeugdzorg', 'Noord Kennemerland jeugdzorg'],
  ])('%s finds what %s finds', (query, plain) => {
    expect(refs(plain).length).toBeGreaterThan(0)
    expect(refs(query)).toEqual(refs(plain))
  })

  it('reads letters with dots as an acronym', () => {
    expect(refs('P.O.')).toEqual(['po-vo'])
    expect(refs('p.o')).toEqual(['po-vo'])
    expect(refs('P.O./V.O.')).toEqual(['po-vo'])
    // "v.o." in a document is indexed as VO too.
    expect(refs('VO')).toEqual(expect.arrayContaining(['po-vo', 'dotted']))
  })

  it('drops "o.a." like the function word it abbreviates', () => {
    expect(refs('o.a. jeugdzorg')).toEqual(refs('jeugdzorg'))
    expect(search(index, store, 'o.a.').empty).toBe(true)
  })

  it('never throws on lunr syntax or stray punctuation', () => {
    for (const query of ['+-:~*^"/\\.', 'a:b:c', '~~~', '^^', '*.*', '"""', '.-.', 'o.a.-P.O.']) {
      expect(() => search(index, store, query), query).not.toThrow()
    }
  })
})
