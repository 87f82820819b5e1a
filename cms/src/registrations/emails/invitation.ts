import { icsCalendar } from '@mao/shared/ics'
import { absoluteUrl } from '@mao/shared/urls'
import type { FormEmailAttachment } from '../../forms'
import { siteUrl } from '../../forms'
import type { RegistrationTarget } from '../targets/loadTarget'

/** The calendar invitation (METHOD:REQUEST) of a target's dates, attached to a place's emails. */
export function invitation(target: RegistrationTarget, now: Date = new Date()): FormEmailAttachment {
  const url = absoluteUrl(siteUrl(), target.path)
  const content = icsCalendar(
    target.sessions.map((session) => ({
      uid: session.uid,
      title: target.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      location: session.location,
      url,
      description: `Meer informatie: ${url}`,
    })),
    { name: target.title, method: 'REQUEST', now },
  )
  return { filename: 'uitnodiging.ics', content, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }
}
