import type { TaskConfig } from 'payload'
import { purgeUnconfirmed } from './purgeUnconfirmed'

export const SHAREHOLDERS_QUEUE = 'shareholders'

/** Daily at 03:30: delete applications not confirmed within 7 days. */
export const purgeUnconfirmedTask = (): TaskConfig<{
  input: Record<string, never>
  output: { deleted: number }
}> => ({
  slug: 'shareholdersPurgeUnconfirmed',
  label: 'Aandeelhouders: onbevestigde aanmeldingen verwijderen',
  schedule: [{ cron: '30 3 * * *', queue: SHAREHOLDERS_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await purgeUnconfirmed(req.payload, new Date(), req) } }),
})
