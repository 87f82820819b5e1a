import type { TaskConfig } from 'payload'
import { rebuildForEndedEvents } from './endedEvents'
import { SCHEDULING_QUEUE } from './queue'

/** Every 15 minutes: a site build when an event ended since the last one ("eerder" on the site). */
export const endedEventsTask = (): TaskConfig<{
  input: Record<string, never>
  output: { ended: number; requested: boolean }
}> => ({
  slug: 'schedulingEndedEvents',
  label: 'Agenda: afgelopen activiteiten naar eerder',
  schedule: [{ cron: '*/15 * * * *', queue: SCHEDULING_QUEUE }],
  outputSchema: [
    { name: 'ended', type: 'number', required: true },
    { name: 'requested', type: 'checkbox', required: true },
  ],
  handler: async ({ req }) => ({ output: await rebuildForEndedEvents(req.payload, new Date(), req) }),
})
