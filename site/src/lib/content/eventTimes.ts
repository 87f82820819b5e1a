import { formatDate, formatDateTime, formatTime } from '@mao/shared/dates'

/** "12 maart 2030, 13:30 – 16:00" on one day, otherwise both full dates and times (Europe/Amsterdam). */
export function eventTimeRange(startsAt: string, endsAt: string): string {
  if (formatDate(startsAt) === formatDate(endsAt)) return `${formatDateTime(startsAt)} – ${formatTime(endsAt)}`
  return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`
}
