import type { Payload } from 'payload'
import type { Community, Event } from '@mao/shared/payload-types'

const DAY = 24 * 60 * 60 * 1000
let counter = 0

/** A published community whose first meeting is `daysAhead` days away. */
export async function community(
  payload: Payload,
  {
    capacity = 25,
    status = 'open',
    daysAhead = 30,
    title,
  }: Partial<Pick<Community, 'capacity' | 'status'>> & {
    daysAhead?: number
    title?: string
  } = {},
): Promise<Community> {
  counter += 1
  const first = Date.now() + daysAhead * DAY
  return payload.create({
    collection: 'communities',
    data: {
      title: title ?? `Community ${counter}`,
      summary: 'Samen leren.',
      capacity,
      status,
      meetings: [
        { date: new Date(first).toISOString(), place: 'Utrecht, Stadhuis' },
        { date: new Date(first + 28 * DAY).toISOString(), place: 'Online' },
      ],
      _status: 'published',
    },
    overrideAccess: true,
  })
}

/** A published event that takes registrations with the form. */
export async function formEvent(payload: Payload, { capacity = 10, daysAhead = 14 } = {}): Promise<Event> {
  counter += 1
  const startsAt = new Date(Date.now() + daysAhead * DAY)
  return payload.create({
    collection: 'events',
    data: {
      title: `Werksessie ${counter}`,
      summary: 'Een middag samen werken.',
      kind: 'worksession',
      location: 'Zwolle, Provinciehuis',
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'Europe/Amsterdam',
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
      endsAt_tz: 'Europe/Amsterdam',
      registration: 'form',
      capacity,
      _status: 'published',
    },
    overrideAccess: true,
  })
}

/** Approved aandeelhouder applications for these addresses (written directly: no review emails). */
export async function approvedShareholders(payload: Payload, emails: string[], organisation = 'Gemeente Zwolle') {
  for (const email of emails)
    await payload.db.create({
      collection: 'shareholder-applications',
      data: { organisation, name: 'Contact', email, sector: 'gemeente', status: 'approved', showPublicly: false },
    })
}

export const registrationsOf = async (payload: Payload, targetKey: string) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { targetKey: { equals: targetKey } },
      sort: 'sequence',
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** The cancel token in the link of an email body. */
export function cancelToken(text: string | undefined): string {
  const match = /\/aanmelden\/afmelden\?token=([A-Za-z0-9_%-]+)/.exec(text ?? '')
  if (!match?.[1]) throw new Error('No cancel link in the email')
  return decodeURIComponent(match[1])
}
