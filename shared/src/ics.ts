/**
 * iCalendar files (RFC 5545): the agenda feed and per-event files of the site, and the invitation
 * attached to a registration's confirmation. UIDs are `<collection>-<id>@aanpakmetandereogen.nl`
 * (see `icsUid`), so a calendar recognises an updated event as the same one.
 */
export interface IcsEvent {
  uid: string
  title: string
  startsAt: string
  endsAt: string
  description?: string
  location?: string
  url?: string
  updatedAt?: string
}

export interface IcsOptions {
  name: string
  /** PUBLISH for feeds and downloads; REQUEST for an invitation in an email. */
  method?: 'PUBLISH' | 'REQUEST'
  /** DTSTAMP of events without `updatedAt`; defaults to now. */
  now?: Date
}

const PRODUCT = '-//Met Andere Ogen//Agenda//NL'
const UID_DOMAIN = 'aanpakmetandereogen.nl'
const MAX_LINE_OCTETS = 75
const encoder = new TextEncoder()

/** The UID of a document (or of one part of it, such as a community's meeting). */
export const icsUid = (collection: string, id: string | number, part?: string): string =>
  `${collection}-${id}${part ? `-${part}` : ''}@${UID_DOMAIN}`

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** UTC date-time, e.g. 20260312T123000Z. */
export function icsDateTime(iso: string | Date): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(iso)}`)
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * Folds a content line into lines of at most 75 octets, continuation lines starting with a space
 * (RFC 5545 3.1), never inside a UTF-8 character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines spend one octet on the leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** A URI value is not TEXT (no escaping), but it must stay on one content line. */
const singleLine = (value: string): string => value.replace(/[\r\n]+/g, ' ')

function eventLines(event: IcsEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${singleLine(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.updatedAt ?? now)}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`)
  if (event.url) lines.push(`URL:${singleLine(event.url)}`)
  if (event.updatedAt) lines.push(`LAST-MODIFIED:${icsDateTime(event.updatedAt)}`)
  lines.push('END:VEVENT')
  return lines
}

/** A whole calendar: CRLF line endings, folded lines, times in UTC. */
export function icsCalendar(events: IcsEvent[], options: IcsOptions): string {
  const now = options.now ?? new Date()
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, now)),
    'END:VCALENDAR',
  ]
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}
