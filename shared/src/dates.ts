export const SITE_TIME_ZONE = 'Europe/Amsterdam'

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: SITE_TIME_ZONE })
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: SITE_TIME_ZONE,
})
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short', timeZone: SITE_TIME_ZONE })

/** "12 maart 2026" */
export function formatDate(iso: string | Date): string {
  return dateFormat.format(new Date(iso))
}

/** "12 maart 2026 om 13:30" */
export function formatDateTime(iso: string | Date): string {
  return dateTimeFormat.format(new Date(iso))
}

export function formatTime(iso: string | Date): string {
  return timeFormat.format(new Date(iso))
}

/**
 * When an event runs: "12 maart 2030 om 13:30 – 16:00" on one day, otherwise both full dates and
 * times; only the start when there is no end (Europe/Amsterdam).
 */
export function formatTimeRange(startsAt: string, endsAt?: string | null): string {
  if (!endsAt) return formatDateTime(startsAt)
  if (formatDate(startsAt) === formatDate(endsAt)) return `${formatDateTime(startsAt)} – ${formatTime(endsAt)}`
  return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`
}
