import { describe, expect, it } from 'vitest'
import { groupBySection } from '@mao/shared/newsletterSections'
import { toArchivedEdition, type RawEdition } from './archive'

const raw: RawEdition = {
  edition: 3,
  title: 'Nieuwsupdate 3',
  intro: 'Welkom.',
  sentAt: '2026-11-10T09:00:00.000Z',
  items: [
    {
      item: {
        relationTo: 'events',
        value: {
          title: 'Aandeelhoudersbijeenkomst',
          summary: 'De jaarlijkse ochtend.',
          slug: 'aandeelhoudersbijeenkomst-2026',
          kind: 'meeting',
          startsAt: '2026-12-10T08:30:00.000Z',
          endsAt: '2026-12-10T12:30:00.000Z',
          location: 'Den Haag',
        },
      },
    },
    {
      item: { relationTo: 'news', value: { title: 'Noteer alvast', summary: 'Zet het in je agenda.', slug: 'noteer' } },
    },
    { item: { relationTo: 'practices', value: { title: 'Zorg in de klas', slug: 'zorg-in-de-klas' } } },
    { item: { relationTo: 'news', value: { title: 'Tweede bericht', slug: 'tweede' } } },
    // Unpublished since: anonymous reads return only the id.
    { item: { relationTo: 'events', value: 17 } },
    { item: { relationTo: 'regions', value: { title: 'Geen onderdeel van een nieuwsupdate', slug: 'x' } } },
  ],
}

describe('the archive of the news update', () => {
  it('groups an edition like the email: Nieuws, Goede voorbeelden, Agenda, each in the editor order', () => {
    const sections = groupBySection(toArchivedEdition(raw).items)
    expect(sections.map((section) => [section.heading, section.items.map((item) => item.href)])).toEqual([
      ['Nieuws', ['/nieuws/noteer', '/nieuws/tweede']],
      ['Goede voorbeelden', ['/toolbox/goede-voorbeelden/zorg-in-de-klas']],
      ['Agenda', ['/agenda/aandeelhoudersbijeenkomst-2026']],
    ])
  })

  it("shows an activity's kind, date, time and place", () => {
    const event = toArchivedEdition(raw).items.find((item) => item.collection === 'events')
    expect(event).toEqual({
      collection: 'events',
      kind: 'Bijeenkomst',
      title: 'Aandeelhoudersbijeenkomst',
      summary: 'De jaarlijkse ochtend.',
      href: '/agenda/aandeelhoudersbijeenkomst-2026',
      when: '10 december 2026 om 09:30 – 13:30',
      place: 'Den Haag',
    })
  })

  it('leaves out sections without items, and keeps an edition without any', () => {
    const newsOnly = toArchivedEdition({ ...raw, items: raw.items!.slice(1, 2) })
    expect(groupBySection(newsOnly.items).map((section) => section.heading)).toEqual(['Nieuws'])
    const empty = toArchivedEdition({ ...raw, items: null })
    expect(empty).toMatchObject({ edition: 3, intro: 'Welkom.', items: [] })
  })
})
