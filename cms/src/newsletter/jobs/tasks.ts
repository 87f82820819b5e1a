import type { TaskConfig } from 'payload'
import { composeScheduledEdition } from '../compose/composeScheduledEdition'
import { resumeSends } from '../send/resumeSends'
import { newsletterSettings } from '../settings'
import { purgePending } from '../subscribe/purgePending'
import { scheduleInSiteTimeZone } from './scheduleInSiteTimeZone'

export const NEWSLETTER_QUEUE = 'newsletter'
/** Sending can take a while; its own queue keeps it from holding up the other jobs. */
export const NEWSLETTER_SEND_QUEUE = 'newsletter-send'

const schedule = (cron: string, queue: string) => [
  { cron, queue, hooks: { beforeSchedule: scheduleInSiteTimeZone(cron) } },
]

type NoInput = { input: Record<string, never> }

/** Every other Monday 07:00 (NEWSLETTER_CRON, Europe/Amsterdam): the next draft edition. */
export const composeTask = (): TaskConfig<
  NoInput & { output: { created: boolean; edition?: number; reason?: string } }
> => ({
  slug: 'newsletterCompose',
  label: 'Nieuwsupdate: concept maken',
  schedule: schedule(newsletterSettings().composeCron, NEWSLETTER_QUEUE),
  retries: 2,
  outputSchema: [
    { name: 'created', type: 'checkbox', required: true },
    { name: 'edition', type: 'number' },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ req }) => {
    const outcome = await composeScheduledEdition(req.payload, new Date(), req)
    return {
      output: outcome.created
        ? { created: true, edition: outcome.newsletter.edition ?? undefined }
        : { created: false, reason: outcome.reason },
    }
  },
})

/** Daily at 03:00: delete sign-ups not confirmed within 7 days. */
export const purgePendingTask = (): TaskConfig<NoInput & { output: { deleted: number } }> => ({
  slug: 'newsletterPurgePending',
  label: 'Nieuwsbrief: onbevestigde aanmeldingen verwijderen',
  schedule: schedule('0 3 * * *', NEWSLETTER_QUEUE),
  retries: 2,
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({
    output: { deleted: await purgePending(req.payload, newsletterSettings().pendingMaxAgeDays, new Date(), req) },
  }),
})

/** Every minute: go on with any edition left in `sending` (after a restart, crash or pause). */
export const resumeSendsTask = (): TaskConfig<NoInput & { output: { editions: number } }> => ({
  slug: 'newsletterResumeSends',
  label: 'Nieuwsupdate: versturen hervatten',
  schedule: schedule('* * * * *', NEWSLETTER_SEND_QUEUE),
  outputSchema: [{ name: 'editions', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { editions: Object.keys(await resumeSends(req.payload)).length } }),
})
