import type { Payload, PayloadRequest } from 'payload'
import { purgeEndedRegistrations } from '../../registrations'
import { RETENTION_DEFAULTS } from './retentionField'

const DAY_MS = 24 * 3600_000

export type RetentionTerms = { contactMessagesDays: number; declinedApplicationsDays: number }
export type PurgeResult = {
  contactMessages: number
  declinedApplications: number
  /** Practices and expert profiles sent in through the site and never published. */
  unpublishedContributions: number
  /** Of communities and events that ended (see DAYS_KEPT_AFTER_END). */
  endedRegistrations: number
}

const validDays = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback

/** The terms set in the site settings; the defaults where none is set (a database from before the setting). */
export async function retentionTerms(payload: Payload, req?: PayloadRequest): Promise<RetentionTerms> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as {
    retention?: Partial<Record<keyof RetentionTerms, unknown>> | null
  }
  return {
    contactMessagesDays: validDays(settings.retention?.contactMessagesDays, RETENTION_DEFAULTS.contactMessagesDays),
    declinedApplicationsDays: validDays(
      settings.retention?.declinedApplicationsDays,
      RETENTION_DEFAULTS.declinedApplicationsDays,
    ),
  }
}

/** `field` before the cutoff, or, for rows from before that field was set, `fallback` before it. */
const olderThan = (field: string, fallback: string, cutoff: string) => ({
  or: [
    { [field]: { less_than: cutoff } },
    { and: [{ [field]: { exists: false } }, { [fallback]: { less_than: cutoff } }] },
  ],
})

/**
 * Deletes contact messages received longer ago than their term; declined aandeelhouder
 * applications, and contributions never published, older than theirs; and the registrations of
 * communities and events that ended a month ago. Anything else is left alone.
 */
export async function purgeExpired(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<PurgeResult> {
  const terms = await retentionTerms(payload, req)
  const cutoff = (daysKept: number) => new Date(now.getTime() - daysKept * DAY_MS).toISOString()
  const messages = await payload.delete({
    collection: 'contact-messages',
    where: olderThan('receivedAt', 'createdAt', cutoff(terms.contactMessagesDays)),
    depth: 0,
    overrideAccess: true,
    req,
  })
  const applications = await payload.delete({
    collection: 'shareholder-applications',
    where: {
      and: [
        { status: { equals: 'declined' } },
        olderThan('statusChangedAt', 'updatedAt', cutoff(terms.declinedApplicationsDays)),
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  // A contribution nobody published is kept as long as a declined application: the same decision.
  let unpublishedContributions = 0
  for (const collection of ['practices', 'experts'] as const) {
    const { docs } = await payload.delete({
      collection,
      where: {
        and: [
          { _status: { equals: 'draft' } },
          { 'submission.submittedAt': { less_than: cutoff(terms.declinedApplicationsDays) } },
        ],
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    unpublishedContributions += docs.length
  }
  const result: PurgeResult = {
    contactMessages: messages.docs.length,
    declinedApplications: applications.docs.length,
    unpublishedContributions,
    endedRegistrations: await purgeEndedRegistrations(payload, now, req),
  }
  const total = Object.values(result).reduce((sum, count) => sum + count, 0)
  if (total > 0) {
    payload.logger.info({
      msg:
        `Bewaartermijnen: ${result.contactMessages} contactbericht(en), ${result.declinedApplications} afgewezen ` +
        `aanmelding(en), ${result.unpublishedContributions} niet geplaatste inzending(en) en ` +
        `${result.endedRegistrations} inschrijving(en) van afgelopen activiteiten verwijderd`,
    })
  }
  return result
}
