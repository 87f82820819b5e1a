import { Cron } from 'croner'
import type { TaskConfig } from 'payload'
import { SITE_TIME_ZONE } from '@mao/shared/dates'

type BeforeScheduleFn = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>

/** The next time `cron` fires after `from`, read in Europe/Amsterdam. */
export const nextRunInSiteTimeZone = (cron: string, from = new Date()): Date | null =>
  new Cron(cron, { timezone: SITE_TIME_ZONE }).nextRun(from)

/**
 * Payload evaluates schedule crons in the server's time zone; ours are meant in Europe/Amsterdam
 * (07:00 on a Monday stays 07:00 across daylight saving time). Also, unlike Payload's default,
 * a job left "processing" by a crashed process does not block scheduling forever: only a job
 * still waiting to run does.
 */
export const scheduleInSiteTimeZone =
  (cron: string): BeforeScheduleFn =>
  async ({ queueable, req }) => {
    const slug = queueable.taskConfig?.slug
    const waiting = await req.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: queueable.scheduleConfig.queue } },
          { taskSlug: { equals: slug } },
          { completedAt: { exists: false } },
          { processing: { equals: false } },
          { hasError: { not_equals: true } },
        ],
      },
      overrideAccess: true,
      req,
    })
    const next = nextRunInSiteTimeZone(cron)
    return { shouldSchedule: waiting.totalDocs === 0 && next !== null, waitUntil: next ?? undefined, input: {} }
  }
