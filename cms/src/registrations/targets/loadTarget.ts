import type { Payload } from 'payload'
import type { Community, Event } from '@mao/shared/payload-types'
import { icsUid } from '@mao/shared/ics'
import { pathFor } from '@mao/shared/urls'
import { parseTargetKey, targetKey, type TargetCollection } from './targetKey'

/** A community meeting has a start only; calendars need an end. */
const MEETING_MS = 2 * 60 * 60 * 1000

/** One date of a target: a community meeting or the event itself. */
export type Session = { uid: string; startsAt: string; endsAt: string; location?: string }

/** A community or event as the registration engine sees it. */
export type RegistrationTarget = {
  key: string
  collection: TargetCollection
  id: number | string
  title: string
  capacity: number
  published: boolean
  /** Published and not yet started, and not closed by an editor: new registrations are taken. */
  open: boolean
  /** When registration closes (the first meeting, the event's start), if known. */
  startsAt: string | undefined
  sessions: Session[]
  /** The target's page on the site. */
  path: string
  updatedAt: string
}

const started = (startsAt: string | undefined, now: Date): boolean =>
  startsAt !== undefined && new Date(startsAt).getTime() <= now.getTime()

export function communityTarget(doc: Community, now: Date = new Date()): RegistrationTarget {
  const sessions = (doc.meetings ?? [])
    .map((meeting, index) => ({
      uid: icsUid('communities', doc.id, meeting.id ?? String(index + 1)),
      startsAt: new Date(meeting.date).toISOString(),
      endsAt: new Date(new Date(meeting.date).getTime() + MEETING_MS).toISOString(),
      location: meeting.place,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const startsAt = sessions[0]?.startsAt
  return {
    key: targetKey('communities', doc.id),
    collection: 'communities',
    id: doc.id,
    title: doc.title,
    capacity: doc.capacity,
    published: doc._status === 'published',
    open: doc._status === 'published' && doc.status !== 'closed' && !started(startsAt, now),
    startsAt,
    sessions,
    path: pathFor('communities', doc),
    updatedAt: doc.updatedAt,
  }
}

/** Undefined for an event that does not use the registration form. */
export function eventTarget(doc: Event, now: Date = new Date()): RegistrationTarget | undefined {
  if (doc.registration !== 'form' || !doc.capacity) return undefined
  const location = [doc.location, doc.onlineUrl].filter(Boolean).join(' / ') || undefined
  return {
    key: targetKey('events', doc.id),
    collection: 'events',
    id: doc.id,
    title: doc.title,
    capacity: doc.capacity,
    published: doc._status === 'published',
    open: doc._status === 'published' && !started(doc.startsAt, now),
    startsAt: doc.startsAt,
    sessions: [{ uid: icsUid('events', doc.id), startsAt: doc.startsAt, endsAt: doc.endsAt, location }],
    path: pathFor('events', doc),
    updatedAt: doc.updatedAt,
  }
}

/**
 * The target a key names, from its published (main) document; undefined when it does not exist or
 * takes no registrations through the form.
 */
export async function loadTarget(
  payload: Payload,
  key: string,
  now: Date = new Date(),
): Promise<RegistrationTarget | undefined> {
  const ref = parseTargetKey(key)
  if (!ref) return undefined
  const options = { id: ref.id, depth: 0, overrideAccess: true, disableErrors: true } as const
  const target =
    ref.collection === 'communities'
      ? await payload
          .findByID({ collection: 'communities', ...options })
          .then((doc) => doc && communityTarget(doc, now))
      : await payload.findByID({ collection: 'events', ...options }).then((doc) => doc && eventTarget(doc, now))
  return target ?? undefined
}
