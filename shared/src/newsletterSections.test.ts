import { describe, expect, it } from 'vitest'
import { groupBySection, newsletterEventDetails } from './newsletterSections'

describe('groupBySection', () => {
  it('orders the sections news, practices, events, keeps the order inside each and leaves out empty ones', () => {
    const items = [
      { collection: 'events', id: 'e1' },
      { collection: 'news', id: 'n1' },
      { collection: 'events', id: 'e2' },
      { collection: 'news', id: 'n2' },
    ] as const
    expect(groupBySection(items).map((section) => [section.heading, section.items.map((item) => item.id)])).toEqual([
      ['Nieuws', ['n1', 'n2']],
      ['Agenda', ['e1', 'e2']],
    ])
    expect(groupBySection([])).toEqual([])
  })
})

describe('newsletterEventDetails', () => {
  it('gives the date and times in Amsterdam, in Dutch, one date for a one-day activity', () => {
    expect(
      newsletterEventDetails({
        startsAt: '2027-02-09T14:30:00.000Z',
        endsAt: '2027-02-09T16:00:00.000Z',
        location: 'Utrecht',
      }),
    ).toEqual({ when: '9 februari 2027 om 15:30 – 17:00', place: 'Utrecht' })
  })

  it('gives both dates for an activity over several days, in summer time', () => {
    expect(
      newsletterEventDetails({ startsAt: '2026-09-22T11:30:00.000Z', endsAt: '2026-09-23T14:00:00.000Z' }).when,
    ).toBe('22 september 2026 om 13:30 – 23 september 2026 om 16:00')
  })

  it('places an online-only activity "Online" and one without place or link nowhere', () => {
    const startsAt = '2027-01-21T13:00:00.000Z'
    expect(newsletterEventDetails({ startsAt, location: ' ', onlineUrl: 'https://example.org/w' }).place).toBe('Online')
    expect(newsletterEventDetails({ startsAt })).toEqual({ when: '21 januari 2027 om 14:00' })
  })
})
