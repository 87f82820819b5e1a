import { reached } from '../incremental/clock'
import type { EventDoc } from './types'

/** Upcoming (not yet ended, soonest first) and past (most recent first) at build time. */
export function splitEvents(events: readonly EventDoc[], now?: Date): { upcoming: EventDoc[]; past: EventDoc[] } {
  const ended = (event: EventDoc) => reached(event.endsAt, now?.getTime())
  const upcoming = events
    .filter((event) => !ended(event))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const past = events.filter(ended).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
  return { upcoming, past }
}
