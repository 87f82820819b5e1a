import type { TaskConfig } from 'payload'
import { purgeExpired } from './purgeExpired'

export const PRIVACY_QUEUE = 'privacy'

/** Daily at 03:45: delete messages and declined applications past their retention term. */
export const retentionTask = (): TaskConfig<{
  input: Record<string, never>
  output: { contactMessages: number; declinedApplications: number }
}> => ({
  slug: 'privacyRetention',
  label: 'Privacy: verlopen berichten en afgewezen aanmeldingen verwijderen',
  schedule: [{ cron: '45 3 * * *', queue: PRIVACY_QUEUE }],
  retries: 2,
  outputSchema: [
    { name: 'contactMessages', type: 'number', required: true },
    { name: 'declinedApplications', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await purgeExpired(req.payload, new Date(), req) }),
})
