import { describe, expect, it } from 'vitest'
import { buildIndexData } from './indexData'
import { createStore, loadStore, serializeStore, snippet } from './store'
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
  it('keeps only what results and facets need', () => {
    const store = createStore([base, { ...base, id: 'b', date: undefined, summary: 'y '.repeat(200) }])
    expect(store.docs[0]).toEqual({
      id: 'a',
      title: 'Congres passend onderwijs',
      url: '/agenda/congres',
      type: 'event',
      snippet: 'Kort.',
      themes: ['Passend onderwijs'],
      regions: ['Landelijk'],
      date: '2025-10-01',
    })
    const b = store.docs[1]
    expect(b && 'date' in b).toBe(false)
    expect(b?.snippet.length).toBeLessThanOrEqual(160)
    expect(JSON.stringify(store)).not.toContain('lang verhaal')
  })

  it('keeps the documents in index order, with the stamp of the index built from them', () => {
    const docs = [base, { ...base, id: '__proto__' }, { ...base, id: 'c', title: 'Derde' }]
    const store = createStore(docs)
    expect(store.docs.map((doc) => doc.id)).toEqual(['a', '__proto__', 'c'])
    expect(store.stamp).toBe(buildIndexData(docs).stamp)
    expect(createStore([...docs].reverse()).stamp).not.toBe(store.stamp)
    expect(createStore(docs.slice(1)).stamp).not.toBe(store.stamp)
    expect(loadStore(serializeStore(store)).docs[1]?.id).toBe('__proto__')
  })

  it('round-trips through JSON and rejects anything else', () => {
    const store = createStore([base])
    expect(loadStore(serializeStore(store))).toEqual(store)
    expect(() => loadStore('{"docs":{}}')).toThrow(/document store/)
    expect(() => loadStore('null')).toThrow(/document store/)
    expect(() => loadStore({ version: 2, stamp: 'x', docs: null })).toThrow(/document store/)
    expect(() => loadStore({ version: 1, stamp: 'x', docs: [] })).toThrow(/document store/)
    expect(() => loadStore({ version: 2, docs: [] })).toThrow(/document store/)
  })
})
