import { describe, expect, it } from 'vitest'
import { collectionsWithPages, publicCollectionInfo } from './collections'
import { richText } from './lexical'
import { createIndex } from './search/createIndex'
import { search } from './search/query'
import { createStore } from './search/store'
import { searchDocumentsFrom, searchDocumentsFromPayload } from './searchDocuments'
import { searchSource } from './searchSource'
import { searchSources, searchTypeLabels, searchTypes, typeLabels } from './searchSources'

const doc = (id: number, title: string) => ({
  id,
  title,
  slug: `slug-${id}`,
  summary: `${title} over het onderwijszorgarrangement.`,
  _status: 'published' as const,
})

describe('searchSources', () => {
  it('declares every collection with pages of its own once, each under its own type key', () => {
    expect(searchSources.map((source) => source.collection).sort()).toEqual([...collectionsWithPages].sort())
    expect(new Set(searchTypes).size).toBe(searchSources.length)
    // The keys of ids, facet values and `?type=` in shared search URLs: renaming one breaks links.
    expect(searchTypes).toEqual([
      'news',
      'practice',
      'expert',
      'region',
      'community',
      'event',
      'publication',
      'page',
      'advice',
      'theme',
    ])
  })

  it('labels each type as one document of its collection', () => {
    for (const source of searchSources) {
      expect(searchTypeLabels[source.type]).toBe(publicCollectionInfo[source.collection].itemLabel)
    }
    expect(searchTypeLabels).toMatchObject({ practice: 'Goed voorbeeld', advice: 'Advies', theme: 'Thema' })
  })

  it('indexes one document of every declared collection and counts each type in the facet', () => {
    const docs = searchDocumentsFromPayload({
      themes: [doc(1, 'Passend onderwijs')],
      regions: [doc(2, 'Twente')],
      news: [doc(3, 'Nieuws')],
      practices: [doc(4, 'Praktijk')],
      experts: [doc(5, 'Expert')],
      communities: [doc(6, 'Community')],
      events: [doc(7, 'Webinar')],
      publications: [{ ...doc(8, 'Rapport'), kind: 'guide' }],
      pages: [doc(9, 'Pagina')],
      advices: [{ ...doc(10, 'Advies'), number: 1 }],
    })
    const response = search(createIndex(docs), createStore(docs), 'onderwijszorgarrangement')
    expect(response.total).toBe(searchSources.length)
    expect(response.facets.type).toEqual(Object.fromEntries(searchTypes.map((type) => [type, 1])))
  })
})

describe('a new searchable type', () => {
  // Declared here only: no list in the search core (shared/src/search) names it.
  const dossier = searchSource({
    collection: 'advices',
    type: 'dossier',
    fields: (
      item: { id: number; title: string; slug: string; summary: string; text: string; themes: number[] },
      r,
    ) => ({
      body: item.text,
      themes: r.themes(item.themes),
      regions: [],
    }),
  })
  const sources = [...searchSources.filter((source) => source.collection !== 'advices'), dossier]
  const docs = searchDocumentsFrom(sources, {
    themes: [{ id: 1, title: 'Thuiszitters', slug: 'thuiszitters', summary: 'Over thuiszitters.' }],
    regions: [],
    news: [{ ...doc(3, 'Terug naar school'), body: richText([{ p: 'Een thuiszitter gaat weer naar school.' }]) }],
    advices: [
      {
        id: 4,
        title: 'Dossier verzuim',
        slug: 'dossier-verzuim',
        summary: 'Alles over verzuim.',
        text: 'Thuiszitter en leerplicht.',
        themes: [1],
      },
    ],
  })

  it('is indexed under its key, with its page and its facets', () => {
    expect(docs.find((item) => item.type === 'dossier')).toEqual({
      id: 'dossier:4',
      type: 'dossier',
      title: 'Dossier verzuim',
      summary: 'Alles over verzuim.',
      body: 'Thuiszitter en leerplicht.',
      themes: ['Thuiszitters'],
      regions: [],
      url: '/adviezen/dossier-verzuim',
    })
  })

  it('gets its count in the type facet, filters by it and takes its collection’s label', () => {
    const index = createIndex(docs)
    const store = createStore(docs)
    expect(search(index, store, 'thuiszitter').facets.type).toEqual({ news: 1, dossier: 1, theme: 1 })
    expect(search(index, store, 'thuiszitter', { type: 'dossier' }).results.map((hit) => hit.ref)).toEqual([
      'dossier:4',
    ])
    expect(typeLabels(sources).dossier).toBe(publicCollectionInfo.advices.itemLabel)
  })
})
