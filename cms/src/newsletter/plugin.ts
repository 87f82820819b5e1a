import type { Plugin } from 'payload'
import { mergeAutoRun, type AutorunCronConfig } from '../jobs/mergeAutoRun'
import { NewsletterBatches } from './collections/NewsletterBatches'
import { NewsletterSendLeases } from './collections/NewsletterSendLeases'
import { Newsletters } from './collections/Newsletters'
import { Subscribers } from './collections/Subscribers'
import { resendWebhookEndpoint } from './endpoints/resendWebhook'
import { composeTask, NEWSLETTER_QUEUE, NEWSLETTER_SEND_QUEUE, purgePendingTask, resumeSendsTask } from './jobs/tasks'
import { configWarnings } from './configWarnings'
import { newsletterSettings } from './settings'

/**
 * The biweekly news update: subscribers with double opt-in, editions composed by a scheduled
 * job, sending through Resend's batch API exactly once, and Resend's bounce/complaint webhooks.
 * NEWSLETTER_AUTORUN=false leaves the job runners off (tests run jobs explicitly).
 */
export const newsletterPlugin = (): Plugin => (config) => {
  const { autoRun } = newsletterSettings()
  const runners: AutorunCronConfig[] = autoRun
    ? [
        { cron: '* * * * *', queue: NEWSLETTER_QUEUE, limit: 5 },
        { cron: '* * * * *', queue: NEWSLETTER_SEND_QUEUE, limit: 1 },
      ]
    : []
  return {
    ...config,
    collections: [...(config.collections ?? []), Newsletters, Subscribers, NewsletterBatches, NewsletterSendLeases],
    endpoints: [...(config.endpoints ?? []), resendWebhookEndpoint],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), composeTask(), purgePendingTask(), resumeSendsTask()],
      autoRun: mergeAutoRun(config.jobs?.autoRun, runners),
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      if (process.env.VITEST) return
      for (const warning of configWarnings(newsletterSettings())) payload.logger.warn(`Nieuwsbrief: ${warning}`)
    },
  }
}
