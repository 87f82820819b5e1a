import { formatDateTime } from '@mao/shared/dates'
import type { RegistrationTarget } from '../targets/loadTarget'

/** The target's dates as sentences for an email, or a line saying they follow. */
export function dateLines(target: RegistrationTarget): string[] {
  if (target.sessions.length === 0) return ['De data van de bijeenkomsten volgen nog; je hoort ze van ons.']
  const line = (session: RegistrationTarget['sessions'][number]) =>
    `${formatDateTime(session.startsAt)}${session.location ? `, ${session.location}` : ''}`
  if (target.collection === 'events') return [`Wanneer en waar: ${line(target.sessions[0]!)}.`]
  return [`De bijeenkomsten: ${target.sessions.map(line).join('; ')}.`]
}
