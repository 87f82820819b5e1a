import type { EventDoc } from './types'

/** Upcoming (not yet ended, soonest first) and past (most recent first) at build time. */
export function splitEvents(
  events: readonly EventDoc[],
  now: Date = new Date(),
): { upcoming: EventDoc[]; past: EventDoc[] } {
  const at = now.getTime()
  const upcoming = events
    .filter((event) => Date.parse(event.endsAt) >= at)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const past = events
    .filter((event) => Date.parse(event.endsAt) < at)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
  return { upcoming, past }
}
