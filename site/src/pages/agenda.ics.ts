import type { APIRoute } from 'astro'
import { splitEvents } from '../lib/content/events'
import { loadSiteContent } from '../lib/content/loadSiteContent'
import { siteRoot } from '../lib/env'
import { AGENDA_CALENDAR_NAME, eventsCalendar, icsResponse } from '../lib/feeds/eventIcs'

/** Every upcoming published event, to subscribe to in a calendar (`participationPaths.agendaFeed`). */
export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadSiteContent()
  return icsResponse(eventsCalendar(splitEvents(events).upcoming, siteRoot(site).href, AGENDA_CALENDAR_NAME))
}
