import lunr from 'lunr'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createIndex } from './createIndex'
import { expandClause, type SearchIndex } from './engine'
import { createLunrIndex } from './test-lunrIndexes'
import { stem } from './lunr-nl'
import { highlight, parseQuery, search, typoStems, type SearchResponse } from './query'
import { createStore, type DocumentStore } from './store'
import { CORPUS, searchDoc } from './test-fixtures'
import type { SearchDocument } from './types'

let index: SearchIndex
let store: DocumentStore

beforeAll(() => {
  index = createIndex(CORPUS)
  store = createStore(CORPUS)
})

afterEach(() => {
  vi.restoreAllMocks()
})

const refs = (response: SearchResponse): string[] => response.results.map((r) => r.ref)
const find = (query: string): string[] => refs(search(index, store, query))

describe('stemming', () => {
  it('finds the singular with the plural and the other way round', () => {
    expect(find('samenwerkingsverbanden')).toContain('swv-utrecht')
    expect(find('gemeente')).toContain('gemeenten')
    expect(find('thuiszitter')).toContain('thuiszitters')
  })
})

describe('stop words', () => {
  it('drops them from the query instead of requiring them', () => {
    expect(find('de jeugdhulp')).toEqual(find('jeugdhulp'))
    expect(find('+de +jeugdhulp')).toEqual(find('jeugdhulp'))
    const response = search(index, store, 'wat is een onderwijs-zorgarrangement')
    expect(response.partial).toBe(false)
    expect(refs(response)).toContain('oza-hyphen')
  })

  it.each(['', '   ', 'de het een', 'wat is het', "'t", '*', '"', '-', '+ - : ~ * ^'])(
    'treats %j as an empty query',
    (query) => {
      const response = search(index, store, query)
      expect(response).toMatchObject({ results: [], total: 0, empty: true, fuzzy: false, terms: [] })
      expect(response.facets).toEqual({ type: {}, theme: {}, region: {} })
    },
  )
})

describe('diacritics', () => {
  it('matches with and without diacritics, both ways', () => {
    expect(find('geevalueerd')).toEqual(expect.arrayContaining(['jeugdhulp-evaluatie', 'onderzoek-plain']))
    expect(find('geëvalueerd')).toEqual(expect.arrayContaining(['jeugdhulp-evaluatie', 'onderzoek-plain']))
    expect(find('creche')).toEqual(['creche'])
    expect(find('crèche')).toEqual(['creche'])
    expect(find('CRÊCHE')).toEqual(['creche'])
    expect(find('enquete')).toEqual(['enquete'])
    expect(find('carte à')).toEqual(['enquete'])
  })
})

describe('apostrophes', () => {
  it.each(['regio', "regio's", 'regio’s', 'regios', 'REGIO‘S'])('%s finds "regio\'s"', (query) => {
    expect(find(query)).toContain('regios')
  })
})

describe('compounds with a hyphen', () => {
  it('finds a hyphenated compound by its parts and by the joined form', () => {
    expect(find('zorgarrangement')).toContain('oza-hyphen')
    expect(find('onderwijszorgarrangement')).toEqual(expect.arrayContaining(['oza-hyphen', 'oza-joined']))
  })

  it('finds the joined spelling with a hyphenated query', () => {
    expect(find('onderwijs-zorgarrangement')).toEqual(expect.arrayContaining(['oza-hyphen', 'oza-joined']))
  })
})

describe('synonyms and acronyms', () => {
  it('OOGO finds the spelled-out phrase and the phrase finds OOGO', () => {
    expect(find('OOGO')).toEqual(expect.arrayContaining(['oogo-phrase', 'oogo-acronym']))
    expect(find('op overeenstemming gericht overleg')).toEqual(expect.arrayContaining(['oogo-phrase', 'oogo-acronym']))
  })

  it('does not treat a partial phrase as the acronym', () => {
    expect(find('OOGO')).not.toContain('gericht-overleg')
  })

  it('SWV and samenwerkingsverband find each other', () => {
    expect(find('SWV')).toEqual(expect.arrayContaining(['swv-utrecht', 'swv-acronym']))
    expect(find('samenwerkingsverband')).toEqual(expect.arrayContaining(['swv-utrecht', 'swv-acronym']))
  })

  it('thuiszitters finds verzuim and the other way round', () => {
    expect(find('thuiszitters')).toEqual(expect.arrayContaining(['thuiszitters', 'verzuim']))
    expect(find('verzuim')).toEqual(expect.arrayContaining(['thuiszitters', 'verzuim']))
  })

  it('returns the matched synonyms so they can be highlighted', () => {
    const hit = search(index, store, 'OOGO').results.find((r) => r.ref === 'oogo-phrase')
    expect(hit?.matches).toEqual(expect.arrayContaining(['oogo', 'overeenstemming', 'gericht', 'overleg']))
    const marked = highlight(hit?.doc.title ?? '', hit?.matches ?? [])
      .filter((s) => s.match)
      .map((s) => s.text)
    expect(marked).toEqual(['overeenstemming', 'gericht', 'overleg'])
  })
})

describe('visitor input with lunr syntax', () => {
  const SPECIAL = [
    '+',
    '-',
    ':',
    '~',
    '*',
    '^',
    '"',
    '\\',
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '!',
    '?',
    '/',
    '|',
    '&',
    '<',
    '>',
    "'",
    '`',
    '´',
    '’',
    '@',
    '#',
    '%',
    '=',
    ';',
    ',',
    '.',
  ]

  it('lunr itself would throw on some of these (the trap this module avoids)', () => {
    const lunrIndex = createLunrIndex(CORPUS)
    expect(() => lunrIndex.search('vraag: jeugdzorg')).toThrow(lunr.QueryParseError)
    expect(() => lunrIndex.search('jeugdzorg^')).toThrow(lunr.QueryParseError)
  })

  it("never uses lunr's query parser", () => {
    const parser = (lunr as unknown as { QueryParser: { prototype: { parse(): unknown } } }).QueryParser
    const spy = vi.spyOn(parser.prototype, 'parse')
    for (const query of ['jeugdhulp', 'vraag: jeugdzorg', 'samenw', 'jeugdhup', 'a b c']) search(index, store, query)
    expect(spy).not.toHaveBeenCalled()
  })

  it.each(SPECIAL)('a lone %j, doubled, and around a word never throws', (char) => {
    for (const query of [
      char,
      char + char,
      `${char}jeugdhulp`,
      `jeugdhulp${char}`,
      `jeugd${char}hulp`,
      `${char} jeugdhulp ${char}`,
    ]) {
      expect(() => search(index, store, query), query).not.toThrow()
    }
    expect(refs(search(index, store, `${char}jeugdhulp${char}`))).toContain('jeugdhulp-evaluatie')
  })

  it.each([
    ['vraag: jeugdzorg', 'jeugdhulp-evaluatie'],
    ['jeugdzorg^', 'jeugdhulp-evaluatie'],
    ['jeugdzorg^10', 'jeugdhulp-evaluatie'],
    ['-jeugdzorg', 'jeugdhulp-evaluatie'],
    ['jeugdzorg~1', 'jeugdhulp-evaluatie'],
    ['title:samenwerkingsverband', 'swv-utrecht'],
    ['+samenwerkingsverband -utrecht', 'swv-utrecht'],
    ['"passend onderwijs"', 'swv-utrecht'],
    ['*samenwerkingsverband*', 'swv-utrecht'],
    ['samenwerkingsverband*', 'swv-utrecht'],
    ['~samenwerkingsverband', 'swv-utrecht'],
    ['(OOGO OR SWV) AND NOT regio', 'oogo-acronym'],
  ])('%j is searched as plain words', (query, expected) => {
    expect(refs(search(index, store, query))).toContain(expected)
  })

  it('survives random combinations of special characters and words', () => {
    let seed = 42
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const alphabet = [...SPECIAL, ' ', 'jeugd', 'zorg', 'swv', 'de', 'é', '\u0301', '\u0000', '😀', 'ال']
    for (let i = 0; i < 500; i += 1) {
      const length = 1 + random(12)
      let query = ''
      for (let j = 0; j < length; j += 1) query += alphabet[random(alphabet.length)]
      const response = search(index, store, query)
      expect(Array.isArray(response.results), query).toBe(true)
    }
  })

  it('handles a very long query and non-string input without throwing', () => {
    expect(search(index, store, 'jeugdhulp '.repeat(5000)).results.length).toBeGreaterThan(0)
    expect(search(index, store, undefined as unknown as string).empty).toBe(true)
  })
})

describe('phrases', () => {
  it('ranks the phrase above the same words apart', () => {
    const docs: SearchDocument[] = [
      {
        id: 'apart',
        type: 'page',
        title: 'Passend aanbod en onderwijs voor iedereen',
        summary: '',
        body: '',
        themes: [],
        regions: [],
        url: '/a',
      },
      {
        id: 'phrase',
        type: 'page',
        title: 'Aanbod in het passend onderwijs voor iedereen',
        summary: '',
        body: '',
        themes: [],
        regions: [],
        url: '/p',
      },
    ]
    expect(refs(search(createIndex(docs), createStore(docs), 'passend onderwijs'))).toEqual(['phrase', 'apart'])
    expect(refs(search(createIndex(docs), createStore(docs), 'onderwijs passend'))[0]).toBe('apart')
  })
})

describe('search-as-you-type', () => {
  it('expands the last word as a prefix of its stem', () => {
    expect(find('samenw')).toEqual(expect.arrayContaining(['samenwerking-page', 'swv-utrecht']))
    expect(find('samenwerkingsv')).toContain('swv-utrecht')
    expect(find('bijeenk')).toEqual(['gemeenten'])
  })

  it('uses the stemmed form, so a full word still finds its longer relatives', () => {
    expect(parseQuery('gemeente')[0]?.prefix).toBe('gemeent')
    expect(find('gemeente')).toContain('gemeenten')
  })

  it('only on the last word, only from 3 characters, not after a space', () => {
    expect(parseQuery('samenw jeugdzorg').map((t) => t.prefix)).toEqual([undefined, 'jeugdzorg'])
    expect(parseQuery('sa')[0]?.prefix).toBeUndefined()
    expect(parseQuery('sam')[0]?.prefix).toBe('sam')
    expect(parseQuery('samenw ')[0]?.prefix).toBeUndefined()
    expect(parseQuery('samenw', { prefix: false })[0]?.prefix).toBeUndefined()
    expect(find('sa')).toEqual([])
  })

  it('ranks an exact match above prefix matches', () => {
    const docs: SearchDocument[] = [
      {
        id: 'long',
        type: 'page',
        title: 'Regionale aanpak',
        summary: '',
        body: '',
        themes: [],
        regions: [],
        url: '/l',
      },
      { id: 'exact', type: 'page', title: 'Regio', summary: '', body: '', themes: [], regions: [], url: '/e' },
    ]
    expect(refs(search(createIndex(docs), createStore(docs), 'regio'))).toEqual(['exact', 'long'])
  })
})

describe('fuzzy fallback', () => {
  it('retries with edit distance 1 when nothing matches', () => {
    const response = search(index, store, 'jeugdhup')
    expect(response.fuzzy).toBe(true)
    expect(refs(response)).toContain('jeugdhulp-evaluatie')
  })

  it('corrects a typo in the word as typed, also when only its stem would be two edits away', () => {
    // "thuiszittres" stems to itself; "thuiszitters" (one transposition away) stems to "thuiszitter".
    expect(stem('thuiszittres')).not.toBe(stem('thuiszitters'))
    const response = search(index, store, 'thuiszittres')
    expect(response.fuzzy).toBe(true)
    expect(refs(response)).toContain('thuiszitters')
    expect(typoStems('leerplcht')).toContain(stem('leerplicht'))
  })

  it('does not go fuzzy when the exact query has hits', () => {
    const response = search(index, store, 'jeugdhulp')
    expect(response.fuzzy).toBe(false)
    expect(refs(response)).toContain('jeugdhulp-evaluatie')
  })

  it('keeps all words required while fuzzy before giving up on some', () => {
    const response = search(index, store, 'jeugdhup utrecht')
    expect(response).toMatchObject({ fuzzy: true, partial: false })
    expect(refs(response)).toEqual(['jeugdhulp-evaluatie'])
  })

  it('falls back to any word when not every word can be found', () => {
    const response = search(index, store, 'crèche zeppelin')
    expect(response).toMatchObject({ fuzzy: false, partial: true })
    expect(refs(response)).toEqual(['creche'])
  })

  it('returns nothing, not empty, for an unknown word', () => {
    expect(search(index, store, 'zeppelin')).toMatchObject({ results: [], empty: false, fuzzy: false })
  })

  it('never corrects a number: 2024 is not a typo of 2025', () => {
    const docs = [searchDoc('jaar', 'Jaarverslag 2025')]
    const response = search(createIndex(docs), createStore(docs), '2024')
    expect(response).toMatchObject({ results: [], fuzzy: false })
    expect(search(createIndex(docs), createStore(docs), '2025').results).toHaveLength(1)
  })

  it('never expands a typo into a name or pair term, which only rank', () => {
    // "xkuiper" is one substitution from the name term "=kuiper" if "=" counted as a letter.
    const docs = [
      searchDoc('expert', 'Marloes Kuipers', { type: 'expert', person: true, headline: 'Leerplichtambtenaar' }),
    ]
    const small = createIndex(docs)
    expect(small.termIds.has('=kuiper')).toBe(true)
    expect(small.alphabet).not.toMatch(/[=~]/)
    const expanded = expandClause(small, { term: 'xkuiper', editDistance: 1 }).map((t) => small.terms[t])
    expect(expanded).toEqual(['kuiper'])
  })
})

describe('results', () => {
  it('are sorted by score and carry the stored document', () => {
    const response = search(index, store, 'onderwijs')
    const scores = response.results.map((r) => r.score)
    expect(scores.length).toBeGreaterThan(2)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    const swv = response.results.find((r) => r.ref === 'swv-utrecht')
    expect(swv?.doc).toMatchObject({
      title: CORPUS[0]?.title,
      url: '/swv-utrecht',
      type: 'practice',
      date: '2025-03-01',
    })
  })

  it('refuse a store from another build, rather than show the wrong documents', () => {
    const otherStore = createStore(CORPUS.filter((d) => d.id !== 'oogo-acronym'))
    expect(() => search(index, otherStore, 'OOGO')).toThrow(/different builds/)
    const reordered = createStore([...CORPUS].reverse())
    expect(() => search(index, reordered, 'OOGO')).toThrow(/different builds/)
  })
})

describe('facets and filters', () => {
  const make = (
    id: string,
    type: SearchDocument['type'],
    themes: string[],
    regions: string[],
    word = 'mentor',
  ): SearchDocument => ({
    id,
    type,
    title: `${word} ${id}`,
    summary: '',
    body: '',
    themes,
    regions,
    url: `/${id}`,
  })
  const docs = [
    make('f1', 'news', ['A'], ['Noord']),
    make('f2', 'news', ['A', 'B'], ['Zuid']),
    make('f3', 'practice', ['B'], ['Noord']),
    make('f4', 'event', ['A'], ['Oost']),
    make('f5', 'practice', ['C'], ['Zuid']),
    make('f6', 'page', ['A'], ['Noord'], 'anders'),
  ]
  const facetIndex = createIndex(docs)
  const facetStore = createStore(docs)
  const run = (options: Parameters<typeof search>[3] = {}): SearchResponse =>
    search(facetIndex, facetStore, 'mentor', options)

  it('counts over all hits when nothing is selected, most frequent first', () => {
    const response = run()
    expect(response.total).toBe(5)
    expect(response.facets).toEqual({
      type: { news: 2, practice: 2, event: 1 },
      theme: { A: 3, B: 2, C: 1 },
      region: { Noord: 2, Zuid: 2, Oost: 1 },
    })
    expect(Object.keys(response.facets.theme)).toEqual(['A', 'B', 'C'])
  })

  it('filters by type; the type facet still counts every type', () => {
    const response = run({ type: 'news' })
    expect(refs(response).sort()).toEqual(['f1', 'f2'])
    expect(response.facets.type).toEqual({ news: 2, practice: 2, event: 1 })
    expect(response.facets.theme).toEqual({ A: 2, B: 1 })
    expect(response.facets.region).toEqual({ Noord: 1, Zuid: 1 })
  })

  it('filters by theme (any of the selected), counting the other dimensions within', () => {
    const response = run({ themes: ['B'] })
    expect(refs(response).sort()).toEqual(['f2', 'f3'])
    expect(response.facets.type).toEqual({ news: 1, practice: 1 })
    expect(response.facets.theme).toEqual({ A: 3, B: 2, C: 1 })
    expect(refs(run({ themes: ['B', 'C'] })).sort()).toEqual(['f2', 'f3', 'f5'])
  })

  it('combines dimensions with AND', () => {
    const response = run({ type: ['practice'], regions: ['Zuid'] })
    expect(refs(response)).toEqual(['f5'])
    expect(response.facets.type).toEqual({ news: 1, practice: 1 })
    expect(response.facets.region).toEqual({ Noord: 1, Zuid: 1 })
    expect(response.facets.theme).toEqual({ C: 1 })
    expect(refs(run({ type: ['news', 'event'] })).sort()).toEqual(['f1', 'f2', 'f4'])
  })

  it('keeps a selected value without hits in its facet, with 0', () => {
    const response = run({ regions: ['West'] })
    expect(response.results).toEqual([])
    expect(response.facets.region).toEqual({ Noord: 2, Zuid: 2, Oost: 1, West: 0 })
    expect(response.facets.type).toEqual({})
  })

  it('limits the results but not the total or the facets', () => {
    const response = run({ limit: 2 })
    expect(response.results).toHaveLength(2)
    expect(response.total).toBe(5)
    expect(response.facets.type).toEqual({ news: 2, practice: 2, event: 1 })
    expect(run({ limit: 0 }).results).toEqual([])
    expect(run({ themes: [] }).total).toBe(5)
  })
})

describe('highlight', () => {
  const marked = (text: string, terms: string[]): string[] =>
    highlight(text, terms)
      .filter((s) => s.match)
      .map((s) => s.text)

  it('returns segments that put the text back together', () => {
    const text = 'Het samenwerkingsverband (SWV) en de crèche: regio’s!'
    const segments = highlight(text, ['samenwerkingsverband', 'creche', 'regio'])
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['samenwerkingsverband', 'crèche', 'regio’s'])
  })

  it('matches by stem, diacritics folded, and by prefix from 3 characters', () => {
    expect(marked('Twee samenwerkingsverbanden', ['samenwerkingsverband'])).toEqual(['samenwerkingsverbanden'])
    expect(marked('Geëvalueerd', ['geevalueerd'])).toEqual(['Geëvalueerd'])
    expect(marked('Samenwerking loont', ['samenw'])).toEqual(['Samenwerking'])
    expect(marked('PO en politie', ['po'])).toEqual(['PO'])
  })

  it('marks a whole hyphenated word and never a stop word', () => {
    expect(marked('Een onderwijs-zorgarrangement', ['zorgarrangement'])).toEqual(['onderwijs-zorgarrangement'])
    expect(marked('de jeugdhulp van de gemeente', ['de', 'jeugdhulp'])).toEqual(['jeugdhulp'])
  })

  it('returns text, not HTML', () => {
    expect(highlight('<b>jeugdhulp</b>', ['jeugdhulp'])).toEqual([
      { text: '<b>', match: false },
      { text: 'jeugdhulp', match: true },
      { text: '</b>', match: false },
    ])
  })

  it('handles empty input', () => {
    expect(highlight('', ['jeugdhulp'])).toEqual([])
    expect(highlight('jeugdhulp op school', [])).toEqual([{ text: 'jeugdhulp op school', match: false }])
  })
})
