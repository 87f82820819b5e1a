import { describe, expect, it } from 'vitest'
import type { SiteContent } from '../content/types'
import { siteSearchDocuments } from './siteSearchDocuments'

const base = {
  summary: 'Samenvatting.',
  publishedAt: '2025-01-01',
  updatedAt: '',
  createdAt: '',
  _status: 'published',
  meta: null,
}
const rich = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }] },
})

describe('siteSearchDocuments', () => {
  it('indexes every searchable collection with its public URL, resolving themes and regions by id', () => {
    const content = {
      themes: [{ ...base, id: '1', title: 'Passend onderwijs', slug: 'passend-onderwijs' }],
      regions: [
        {
          ...base,
          id: '7',
          title: 'Twente',
          slug: 'twente',
          municipalities: ['Almelo'],
          themes: ['1'],
          description: rich('Regio.'),
          approach: null,
        },
      ],
      news: [
        {
          ...base,
          id: '3',
          title: 'Nieuws',
          slug: 'nieuws-1',
          body: rich('Tekst over OOGO.'),
          themes: ['1'],
          regions: ['7'],
        },
      ],
      practices: [],
      experts: [
        {
          ...base,
          id: '4',
          title: 'Anna (voorbeeld)',
          slug: 'anna',
          role: 'Jeugdarts',
          organisation: 'GGD',
          bio: null,
          contact: { email: 'anna@example.org', phone: '0612345678' },
          themes: [],
          regions: [],
        },
      ],
      communities: [],
      events: [],
      pages: [
        {
          ...base,
          id: '5',
          title: 'Over ons',
          slug: 'over-ons',
          breadcrumbs: [],
          layout: [{ blockType: 'richText', content: rich('Wie we zijn.') }],
        },
        { ...base, id: '6', title: 'Botst', slug: 'nieuws', breadcrumbs: [], layout: [] },
      ],
      advices: [{ ...base, id: '8', number: 4, title: 'Brede afspraken', slug: 'advies-4', body: rich('Regie.') }],
      publications: [],
      partners: [{ ...base, id: '9', title: 'Een partner', slug: 'een-partner', description: 'Geen eigen pagina.' }],
    } as unknown as SiteContent
    const docs = siteSearchDocuments(content)
    expect(docs.map((doc) => [doc.id, doc.url])).toEqual([
      ['news:3', '/nieuws/nieuws-1'],
      ['expert:4', '/toolbox/experts/anna'],
      ['region:7', '/inspiratieregios/twente'],
      ['page:5', '/over-ons'],
      ['advice:8', '/adviezen/advies-4'],
      ['theme:1', '/themas/passend-onderwijs'],
    ])
    expect(docs[0]).toMatchObject({ themes: ['Passend onderwijs'], regions: ['Twente'], body: 'Tekst over OOGO.' })
    expect(docs[1]).toMatchObject({ headline: 'Jeugdarts', organisation: 'GGD' })
    expect(docs[2]).toMatchObject({ regions: ['Twente'], places: ['Almelo'] })
    expect(docs[4]).toMatchObject({ headline: 'Advies 4', body: 'Regie.' })
    expect(JSON.stringify(docs)).not.toMatch(/anna@example\.org|0612345678/)
  })
})
