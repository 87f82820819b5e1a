import { icsCalendar, type IcsEvent, icsUid } from '@mao/shared/ics'
import { absoluteUrl, pathFor } from '@mao/shared/urls'
import type { EventDoc } from '../content/types'

/** The calendar name of the agenda feed. */
export const AGENDA_CALENDAR_NAME = 'Met Andere Ogen – agenda'

type IcsSource = Pick<
  EventDoc,
  'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl' | 'updatedAt'
>

/**
 * One event for a calendar: the same UID as the invitation a registration gets (`events-<id>@…`),
 * so a calendar treats both as the same event. An online-only event's place is "Online"; the
 * online link and the page go in the description, because calendars rarely show URL.
 */
export function icsEventFor(doc: IcsSource, siteUrl: string): IcsEvent {
  const url = absoluteUrl(siteUrl, pathFor('events', doc))
  const description = [
    doc.summary,
    doc.onlineUrl ? `Online deelnemen: ${doc.onlineUrl}` : '',
    `Meer informatie: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  return {
    uid: icsUid('events', doc.id),
    title: doc.title,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    description,
    location: doc.location?.trim() || (doc.onlineUrl ? 'Online' : undefined),
    url,
    updatedAt: doc.updatedAt,
  }
}

/** A calendar file (method PUBLISH) with the given events. */
export const eventsCalendar = (docs: readonly IcsSource[], siteUrl: string, name: string): string =>
  icsCalendar(
    docs.map((doc) => icsEventFor(doc, siteUrl)),
    { name, method: 'PUBLISH' },
  )

/** The response of a calendar file, as a download-friendly text/calendar. */
export const icsResponse = (body: string): Response =>
  new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
