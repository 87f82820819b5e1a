import { describe, expect, it } from 'vitest'
import { escapeIcsText, foldIcsLine, icsCalendar, icsDateTime, icsUid } from './ics'

const now = new Date('2026-03-01T09:00:00Z')
const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('icsCalendar', () => {
  it('writes a calendar with one event in UTC, CRLF line endings and a DTSTAMP', () => {
    const text = icsCalendar(
      [
        {
          uid: icsUid('events', 7),
          title: 'Regiodag',
          startsAt: '2026-03-12T13:30:00+01:00',
          endsAt: '2026-03-12T16:00:00+01:00',
          location: 'Stadhuis, Zwolle',
          url: 'https://aanpakmetandereogen.nl/agenda/regiodag',
        },
      ],
      { name: 'Met Andere Ogen', method: 'REQUEST', now },
    )
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Met Andere Ogen//Agenda//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
      'X-WR-CALNAME:Met Andere Ogen',
      'BEGIN:VEVENT',
      'UID:events-7@aanpakmetandereogen.nl',
      'DTSTAMP:20260301T090000Z',
      'DTSTART:20260312T123000Z',
      'DTEND:20260312T150000Z',
      'SUMMARY:Regiodag',
      'LOCATION:Stadhuis\\, Zwolle',
      'URL:https://aanpakmetandereogen.nl/agenda/regiodag',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ])
  })

  it('publishes by default and takes DTSTAMP and LAST-MODIFIED from updatedAt', () => {
    const text = icsCalendar(
      [
        {
          uid: 'a@b',
          title: 'X',
          startsAt: '2026-01-01T10:00:00Z',
          endsAt: '2026-01-01T11:00:00Z',
          updatedAt: '2025-12-24T08:15:30.123Z',
        },
      ],
      { name: 'Agenda' },
    )
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n')
    expect(text).toContain('\r\nDTSTAMP:20251224T081530Z\r\n')
    expect(text).toContain('\r\nLAST-MODIFIED:20251224T081530Z\r\n')
  })

  it('escapes text values and keeps every line within 75 octets', () => {
    const description = `Eerste regel; met, tekens\\ en\nnieuwe regel. ${'Ééé lange tekst met accenten '.repeat(8)}`
    const text = icsCalendar(
      [{ uid: 'u@x', title: 'Titel', startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T11:00:00Z', description }],
      { name: 'A, B; C', now },
    )
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const unfolded = unfold(text)
    expect(unfolded).toContain('X-WR-CALNAME:A\\, B\\; C\r\n')
    expect(unfolded).toContain(`DESCRIPTION:${escapeIcsText(description)}\r\n`)
    expect(escapeIcsText('a;b,c\\d\r\ne\rf\ng')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng')
  })

  it('refuses a date that is not one', () => {
    expect(() =>
      icsCalendar([{ uid: 'u', title: 't', startsAt: 'morgen', endsAt: '2026-01-01T11:00:00Z' }], { name: 'x' }),
    ).toThrow(/Not a date/)
  })
})

describe('foldIcsLine', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`
    const folded = foldIcsLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true)
    expect(parts.join('').replace(/ /g, '')).toBe(line)
    expect(unfold(folded)).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:kort')).toBe('SUMMARY:kort')
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75))
    expect(foldIcsLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`)
  })
})

describe('icsDateTime', () => {
  it('writes UTC without separators', () => {
    expect(icsDateTime('2026-06-30T22:00:00.000Z')).toBe('20260630T220000Z')
  })
})
