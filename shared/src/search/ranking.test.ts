import { describe, expect, it } from 'vitest'
import { createIndex } from './createIndex'
import { parseQuery, search } from './query'
import { queryIntent } from './ranking'
import { createStore } from './store'
import type { DocType, SearchDocument } from './types'

function doc(id: string, type: DocType, title: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return { id, type, title, summary: '', body: '', themes: [], regions: [], url: `/${id}`, ...fields }
}

function refs(docs: SearchDocument[], query: string): string[] {
  return search(createIndex(docs), createStore(docs), query).results.map((hit) => hit.ref)
}

// Padding documents keep idf realistic: a word in 2 of 8 documents.
const filler = Array.from({ length: 6 }, (_, i) =>
  doc(`filler-${i}`, 'page', `Overig ${i}`, { summary: 'Iets anders' }),
)

describe('ranking', () => {
  it('ranks a literal match above a synonym match, even in a stronger field', () => {
    const docs = [
      doc('synonym', 'news', 'Aanpak van schoolverzuim'),
      doc('literal', 'news', 'Nieuws uit de regio', {
        summary: 'Minder thuiszitters in de regio dankzij de nieuwe aanpak',
      }),
      ...filler,
    ]
    expect(refs(docs, 'thuiszitters')).toEqual(['literal', 'synonym'])
  })

  it('ranks a profile below the pages about a topic, unless the query asks for expertise or names the person', () => {
    const docs = [
      doc('expert', 'expert', 'Marloes Kuipers', { person: true, headline: 'Jeugdarts verzuim', summary: 'Jeugdarts' }),
      doc('news', 'news', 'School, jeugdarts en leerplicht samen tegen verzuim', { summary: 'Een aanpak in Lochem' }),
      ...filler,
    ]
    expect(refs(docs, 'jeugdarts')).toEqual(['news', 'expert'])
    expect(refs(docs, 'expert jeugdarts')).toEqual(['expert', 'news'])
    expect(refs(docs, 'wie weet veel van verzuim')).toEqual(['expert', 'news'])
    expect(refs(docs, 'Marloes jeugdarts')).toEqual(['expert'])
  })

  it('ranks the profile of the person a query names above a page that mentions the name', () => {
    const docs = [
      doc('expert', 'expert', 'Marloes Kuipers', { person: true, headline: 'Jeugdarts' }),
      doc('news', 'news', 'Marloes Kuipers', { summary: 'Een gesprek met de jeugdarts over verzuim' }),
      ...filler,
    ]
    expect(refs(docs, 'Marloes Kuipers')).toEqual(['expert', 'news'])
  })

  it('weighs an unknown content type like any topical page', () => {
    const docs = [
      doc('new-type', 'advice' as DocType, 'Advies over verzuim'),
      doc('expert', 'expert', 'Anna de Vries', { person: true, headline: 'Specialist verzuim' }),
      ...filler,
    ]
    expect(refs(docs, 'verzuim')).toEqual(['new-type', 'expert'])
  })

  it('ranks the exact phrase of a multi-word query first', () => {
    const docs = [
      doc('apart', 'page', 'Afspraken over jeugd, bindend', { summary: 'Afspraken die bindend zijn voor de jeugd' }),
      doc('phrase', 'page', 'Werksessie: van overleg naar bindende afspraken in de regio, met veel meer woorden'),
      ...filler,
    ]
    expect(refs(docs, 'bindende afspraken')).toEqual(['phrase', 'apart'])
    // Neither has "afspraken bindend" as written: the shorter, denser document leads.
    expect(refs(docs, 'afspraken bindend')).toEqual(['apart', 'phrase'])
  })

  it('does not lift a profile over a topical page through the phrase, unless the query names the person', () => {
    const docs = [
      doc('expert', 'expert', 'Joris Hendriksen', { person: true, headline: 'Jeugdhulp op school' }),
      doc('region', 'region', 'School en jeugdhulp in Kennemerland'),
      ...filler,
    ]
    expect(refs(docs, 'jeugdhulp op school')).toEqual(['region', 'expert'])
    expect(refs(docs, 'Joris jeugdhulp op school')[0]).toBe('expert')
    expect(refs(docs, 'expert jeugdhulp op school')).toEqual(['expert', 'region'])
  })

  it('breaks ties between news items by date, newest first', () => {
    const item = (id: string, date: string) => doc(id, 'news', 'Verzuim in de regio', { date })
    expect(refs([item('old', '2020-01-01'), item('new', '2026-01-01'), ...filler], 'verzuim')).toEqual(['new', 'old'])
    expect(refs([item('new', '2026-01-01'), item('old', '2020-01-01'), ...filler], 'verzuim')).toEqual(['new', 'old'])
    const page = (id: string) => doc(id, 'page', 'Verzuim in de regio')
    expect(refs([page('first'), page('second'), ...filler], 'verzuim')).toEqual(['first', 'second'])
  })
})

describe('queryIntent', () => {
  const intent = (query: string) => {
    const result = queryIntent(query, parseQuery(query, { prefix: false }))
    return { expertise: result.expertise, words: result.terms.map((t) => t.word) }
  }

  it('recognises a question for expertise and keeps only its subject', () => {
    expect(intent('expert jeugdhulp')).toEqual({ expertise: true, words: ['jeugdhulp'] })
    expect(intent('wie weet veel van LVB')).toEqual({ expertise: true, words: ['lvb'] })
    expect(intent('specialist')).toEqual({ expertise: true, words: ['specialist'] })
  })

  it('leaves other queries alone', () => {
    expect(intent('jeugdhulp op school')).toEqual({ expertise: false, words: ['jeugdhulp', 'school'] })
    expect(intent('weet je het')).toEqual({ expertise: false, words: ['weet'] })
  })
})
