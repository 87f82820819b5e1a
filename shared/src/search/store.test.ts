import { describe, expect, it } from 'vitest'
import { buildIndexData } from './indexData'
import { MissingFilesError } from './missingFiles'
import {
  createStore,
  dayNumber,
  dayString,
  docCount,
  docMeta,
  missingDocFiles,
  requireDocs,
  snippet,
  storedDoc,
} from './store'
import type { SearchDocument } from './types'

const base: SearchDocument = {
  id: 'a',
  type: 'event',
  title: 'Congres passend onderwijs',
  summary: 'Kort.',
  body: 'Een heel lang verhaal dat niet in de store hoort.',
  themes: ['Passend onderwijs'],
  regions: ['Landelijk'],
  organisation: 'Ministerie',
  url: '/agenda/congres',
  date: '2025-10-01',
}

describe('snippet', () => {
  it('leaves short text alone, whitespace collapsed', () => {
    expect(snippet('  Een   korte\n samenvatting. ')).toBe('Een korte samenvatting.')
  })

  it('cuts long text at a word boundary, within 160 characters including the ellipsis', () => {
    const text = 'samenwerking tussen onderwijs en jeugdhulp, '.repeat(10)
    const cut = snippet(text)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('…')).toBe(true)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
    expect(cut).not.toMatch(/[ ,]…$/)
    const lastWord = cut.slice(0, -1).split(' ').at(-1) ?? ''
    expect(text.split(/[ ,]+/)).toContain(lastWord)
  })

  it('hard-cuts one very long word', () => {
    expect(snippet('x'.repeat(500))).toBe(`${'x'.repeat(159)}…`)
  })
})

describe('document store', () => {
  it('keeps only what results and facets need, meta apart from display data', () => {
    const store = createStore([base, { ...base, id: 'b', date: undefined, summary: 'y '.repeat(200) }])
    expect(storedDoc(store, 0)).toEqual({
      id: 'a',
      title: 'Congres passend onderwijs',
      url: '/agenda/congres',
      type: 'event',
      snippet: 'Kort.',
      themes: ['Passend onderwijs'],
      regions: ['Landelijk'],
      date: '2025-10-01',
    })
    expect(docMeta(store, 0)).toEqual({
      type: 'event',
      themes: ['Passend onderwijs'],
      regions: ['Landelijk'],
      date: '2025-10-01',
    })
    const b = storedDoc(store, 1)
    expect('date' in b).toBe(false)
    expect('date' in docMeta(store, 1)).toBe(false)
    expect(b.snippet.length).toBeLessThanOrEqual(160)
    expect(JSON.stringify(store)).not.toContain('lang verhaal')
    expect(docCount(store)).toBe(2)
  })

  it('gives ranking the UTC day of a timestamp and shows the date as given', () => {
    const store = createStore([
      { ...base, date: '2025-10-01T22:30:00.000Z' },
      { ...base, id: 'x', date: 'morgen' },
    ])
    expect(docMeta(store, 0).date).toBe('2025-10-01')
    expect(storedDoc(store, 0).date).toBe('2025-10-01T22:30:00.000Z')
    expect(docMeta(store, 1).date).toBeUndefined()
    expect(dayString(dayNumber('2025-10-01')!)).toBe('2025-10-01')
  })

  it('keeps the documents in index order, with the stamp of the index built from them', () => {
    const docs = [base, { ...base, id: '__proto__' }, { ...base, id: 'c', title: 'Derde' }]
    const store = createStore(docs)
    expect([0, 1, 2].map((d) => storedDoc(store, d).id)).toEqual(['a', '__proto__', 'c'])
    expect(store.stamp).toBe(buildIndexData(docs).stamp)
    expect(createStore([...docs].reverse()).stamp).not.toBe(store.stamp)
    expect(createStore(docs.slice(1)).stamp).not.toBe(store.stamp)
  })

  it('names the chunk files documents still need', () => {
    const store = { ...createStore([base, base, base]), chunkSize: 2, chunkFiles: ['c0', 'c1'] }
    store.display[2] = undefined
    expect(missingDocFiles(store, [0, 1])).toEqual([])
    expect(missingDocFiles(store, [0, 2])).toEqual(['c1'])
    expect(() => requireDocs(store, [2, 0])).toThrow(MissingFilesError)
    expect(() => storedDoc(store, 2)).toThrow(/c1/)
  })
})
