import { describe, expect, it } from 'vitest'
import { AGENDA_CALENDAR_NAME, eventsCalendar, icsEventFor, icsResponse } from './eventIcs'

const doc = {
  id: '7',
  title: 'Werksessie: OOGO, afspraken; en meer',
  slug: 'werksessie-oogo',
  summary: 'Samen afspraken maken.',
  startsAt: '2027-03-16T12:00:00.000Z',
  endsAt: '2027-03-16T15:30:00.000Z',
  location: 'Utrecht',
  onlineUrl: null,
  updatedAt: '2026-11-20T08:00:00.000Z',
}

/** The content lines of a calendar, unfolded (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n')

describe('icsEventFor', () => {
  it('gives the event the registration invitation’s UID, its page and its times', () => {
    expect(icsEventFor(doc, 'https://site.test')).toEqual({
      uid: 'events-7@aanpakmetandereogen.nl',
      title: doc.title,
      startsAt: doc.startsAt,
      endsAt: doc.endsAt,
      description: 'Samen afspraken maken.\n\nMeer informatie: https://site.test/agenda/werksessie-oogo',
      location: 'Utrecht',
      url: 'https://site.test/agenda/werksessie-oogo',
      updatedAt: doc.updatedAt,
    })
  })

  it('places an online-only event "Online" and puts the link to join in the description', () => {
    const event = icsEventFor(
      { ...doc, location: null, onlineUrl: 'https://example.org/webinar' },
      'https://site.test/',
    )
    expect(event.location).toBe('Online')
    expect(event.description).toContain('Online deelnemen: https://example.org/webinar')
  })
})

describe('eventsCalendar', () => {
  it('publishes a named calendar with one VEVENT per event, CRLF lines, UTC times and escaped text', () => {
    const ics = eventsCalendar([doc, { ...doc, id: '8', slug: 'tweede' }], 'https://site.test', AGENDA_CALENDAR_NAME)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const lines = unfold(ics)
    expect(lines).toContain('METHOD:PUBLISH')
    expect(lines).toContain('X-WR-CALNAME:Met Andere Ogen – agenda')
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2)
    expect(lines).toContain('UID:events-8@aanpakmetandereogen.nl')
    expect(lines).toContain('DTSTART:20270316T120000Z')
    expect(lines).toContain('DTEND:20270316T153000Z')
    expect(lines).toContain('SUMMARY:Werksessie: OOGO\\, afspraken\\; en meer')
    expect(lines).toContain('URL:https://site.test/agenda/tweede')
  })

  it('is an empty but valid calendar without events', () => {
    const lines = unfold(eventsCalendar([], 'https://site.test', AGENDA_CALENDAR_NAME))
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).not.toContain('BEGIN:VEVENT')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })
})

describe('icsResponse', () => {
  it('answers text/calendar in UTF-8', async () => {
    const response = icsResponse('BEGIN:VCALENDAR\r\n')
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await response.text()).toBe('BEGIN:VCALENDAR\r\n')
  })
})
