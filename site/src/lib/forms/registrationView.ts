import type { Availability } from './availability'
import { reached } from '../incremental/clock'

/** What the registration section of a community or event page shows. */
export type RegistrationView =
  { kind: 'none' } | { kind: 'form'; waitlist: boolean } | { kind: 'closed'; reason: string }

export type RegistrationSubject = 'community' | 'event'

const subjectNames: Record<RegistrationSubject, string> = {
  community: 'deze community',
  event: 'deze activiteit',
}

/**
 * From the registration engine's state (fetched at build time) to what the page says. `startsAt`
 * is the first meeting or the event's start: once it has passed, a closed registration is
 * explained by that.
 */
export function registrationView(
  availability: Availability | undefined,
  subject: RegistrationSubject,
  startsAt: string | undefined,
  now?: number,
): RegistrationView {
  if (!availability) return { kind: 'none' }
  if (availability.state === 'open') return { kind: 'form', waitlist: false }
  if (availability.state === 'waitlist') return { kind: 'form', waitlist: true }
  const started = startsAt !== undefined && reached(startsAt, now)
  return {
    kind: 'closed',
    reason: started
      ? `De inschrijving is gesloten: ${subjectNames[subject]} is al begonnen.`
      : `De inschrijving voor ${subjectNames[subject]} is gesloten.`,
  }
}

/** The "Inschrijving" fact of a community: the engine's state in a few words. */
export function registrationFact(availability: Availability | undefined): string | null {
  if (!availability) return null
  if (availability.state === 'closed') return 'Gesloten'
  if (availability.state === 'waitlist') return 'Vol: aanmelden kan voor de wachtlijst'
  const left = Math.max(0, availability.capacity - availability.registered)
  return `Open: nog ${left} van de ${availability.capacity} plaatsen vrij`
}
