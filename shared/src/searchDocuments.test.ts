import { describe, expect, it } from 'vitest'
import { richText } from './lexical'
import { searchDocumentsFromPayload } from './searchDocuments'

const base = (id: number, title: string, slug: string) => ({
  id,
  title,
  slug,
  summary: `Over ${title}.`,
  publishedAt: '2025-02-01T00:00:00.000Z',
})

describe('searchDocumentsFromPayload', () => {
  const themes = [{ ...base(1, 'Passend onderwijs', 'passend-onderwijs'), publishedAt: null }]
  const regions = [
    {
      ...base(2, 'Twente', 'twente'),
      municipalities: ['Almelo', 'Hengelo'],
      description: richText([{ p: 'Veertien gemeenten.' }]),
      themes: [1],
    },
  ]

  it('maps each collection to its type, URL, text, facets and places', () => {
    const docs = searchDocumentsFromPayload({
      themes,
      regions,
      practices: [
        {
          ...base(3, 'Dokwerk', 'dokwerk'),
          body: richText([{ h2: 'Aanleiding' }, { p: 'Een kleine groep.' }]),
          organisation: 'SWV Gorinchem',
          place: 'Gorinchem',
          themes: [{ id: 1, title: 'Passend onderwijs' }],
          regions: [2],
        },
      ],
      communities: [
        {
          ...base(4, 'CoP', 'cop'),
          theme: 1,
          description: richText([{ p: 'Samen leren.' }]),
          meetings: [{ place: 'Utrecht' }, { place: 'Utrecht' }, { place: null }],
        },
      ],
      events: [
        {
          ...base(5, 'Webinar', 'webinar'),
          startsAt: '2026-05-19T13:30:00.000Z',
          location: 'Online',
          body: null,
          themes: [],
          regions: [],
        },
      ],
      pages: [
        {
          ...base(6, 'Adviezen', 'de-zeven-adviezen'),
          breadcrumbs: [{ url: '/het-programma' }, { url: '/het-programma/de-zeven-adviezen' }],
          layout: [
            { blockType: 'richText', content: richText([{ p: 'Zeven.' }]) },
            { blockType: 'callToAction', heading: 'Doe mee', text: 'Word aandeelhouder.' },
            { blockType: 'latestList', collection: 'news' },
          ],
        },
      ],
    })
    expect(docs.map((doc) => [doc.id, doc.type, doc.url])).toEqual([
      ['practice:3', 'practice', '/toolbox/goede-voorbeelden/dokwerk'],
      ['region:2', 'region', '/inspiratieregios/twente'],
      ['community:4', 'community', '/communities-of-practice/cop'],
      ['event:5', 'event', '/agenda/webinar'],
      ['page:6', 'page', '/het-programma/de-zeven-adviezen'],
      ['theme:1', 'theme', '/themas/passend-onderwijs'],
    ])
    expect(docs[0]).toMatchObject({
      body: 'Aanleiding\nEen kleine groep.',
      organisation: 'SWV Gorinchem',
      places: ['Gorinchem'],
      themes: ['Passend onderwijs'],
      regions: ['Twente'],
    })
    expect(docs[1]).toMatchObject({ regions: ['Twente'], places: ['Almelo', 'Hengelo'], themes: ['Passend onderwijs'] })
    expect(docs[2]).toMatchObject({ themes: ['Passend onderwijs'], places: ['Utrecht'] })
    expect(docs[3]).toMatchObject({ date: '2026-05-19T13:30:00.000Z', places: ['Online'], body: '' })
    expect(docs[4]?.body).toBe('Zeven.\nDoe mee\nWord aandeelhouder.')
  })

  it('leaves out drafts, unknown relations and every contact detail', () => {
    const docs = searchDocumentsFromPayload({
      themes,
      regions: [{ ...regions[0]!, contacts: [{ name: 'Geheim Persoon', email: 'geheim@example.org' }] } as never],
      news: [
        { ...base(7, 'Concept', 'concept'), _status: 'draft', body: null },
        { ...base(8, 'Online', 'online'), _status: 'published', body: null, themes: [99, 1], regions: [null] },
      ],
      experts: [
        {
          ...base(9, 'Anna (voorbeeld)', 'anna'),
          role: 'Jeugdarts',
          bio: null,
          contact: { email: 'anna@example.org', phone: '06 1234 5678' },
        } as never,
      ],
      practices: [
        {
          ...base(10, 'Praktijk', 'praktijk'),
          body: null,
          contact: { name: 'Verborgen Contact', email: 'c@example.org', publishConsent: false },
        } as never,
      ],
    })
    expect(docs.map((doc) => doc.id)).toEqual(['news:8', 'practice:10', 'expert:9', 'region:2', 'theme:1'])
    expect(docs[0]?.themes).toEqual(['Passend onderwijs'])
    expect(docs[0]?.regions).toEqual([])
    expect(docs[2]).toMatchObject({ headline: 'Jeugdarts' })
    expect(JSON.stringify(docs)).not.toMatch(/Geheim Persoon|geheim@|anna@|1234 5678|Verborgen Contact|c@example/)
  })

  it('indexes a publication with its kind as headline, its own date and its section URL', () => {
    const docs = searchDocumentsFromPayload({
      themes,
      regions,
      publications: [
        {
          ...base(11, 'Programmaplan 2020', 'programmaplan-2020'),
          kind: 'programme-plan',
          date: '2020-01-15T00:00:00.000Z',
          body: richText([{ p: 'Bewegen, leren, agenderen.' }]),
          themes: ['1'],
          regions: [2],
        },
        { ...base(12, 'Concept', 'concept'), kind: 'guide', _status: 'draft' },
      ],
    })
    const publication = docs.find((doc) => doc.type === 'publication')
    expect(publication).toEqual({
      id: 'publication:11',
      type: 'publication',
      title: 'Programmaplan 2020',
      headline: 'Programmaplan',
      summary: 'Over Programmaplan 2020.',
      body: 'Bewegen, leren, agenderen.',
      themes: ['Passend onderwijs'],
      regions: ['Twente'],
      url: '/publicaties/programmaplan-2020',
      date: '2020-01-15T00:00:00.000Z',
    })
    expect(docs.map((doc) => doc.id)).not.toContain('publication:12')
  })

  it('indexes an advice with its number as headline and a theme as itself in the theme facet, both undated', () => {
    const docs = searchDocumentsFromPayload({
      themes,
      regions: [],
      advices: [
        {
          ...base(13, 'Brede lokale afspraken', 'advies-4-brede-lokale-afspraken'),
          number: 4,
          body: richText([{ p: 'Onder regie van de gemeente.' }]),
        },
      ],
    })
    expect(docs).toEqual([
      {
        id: 'advice:13',
        type: 'advice',
        title: 'Brede lokale afspraken',
        headline: 'Advies 4',
        summary: 'Over Brede lokale afspraken.',
        body: 'Onder regie van de gemeente.',
        themes: [],
        regions: [],
        url: '/adviezen/advies-4-brede-lokale-afspraken',
      },
      {
        id: 'theme:1',
        type: 'theme',
        title: 'Passend onderwijs',
        summary: 'Over Passend onderwijs.',
        body: '',
        themes: ['Passend onderwijs'],
        regions: [],
        url: '/themas/passend-onderwijs',
      },
    ])
  })
})
