import type { Plugin } from 'payload'
import { mergeAutoRun, type AutorunCronConfig } from '../jobs/mergeAutoRun'
import { newsletterSettings } from '../newsletter'
import { ShareholderApplications } from './collections/ShareholderApplications'
import { purgeUnconfirmedTask, SHAREHOLDERS_QUEUE } from './jobs/tasks'

export const SHAREHOLDERS_PANEL = '/src/shareholders/admin/ShareholdersPanel#ShareholdersPanel'

/**
 * Aandeelhouders: the applications collection with the public form, confirm and list endpoints,
 * the review emails, the dashboard panel and the weekly purge of unconfirmed applications. Its
 * job runner follows NEWSLETTER_AUTORUN, like every scheduled job of the CMS.
 */
export const shareholdersPlugin = (): Plugin => (config) => {
  const components = config.admin?.components ?? {}
  const runners: AutorunCronConfig[] = newsletterSettings().autoRun
    ? [{ cron: '*/5 * * * *', queue: SHAREHOLDERS_QUEUE, limit: 5 }]
    : []
  return {
    ...config,
    collections: [...(config.collections ?? []), ShareholderApplications],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), purgeUnconfirmedTask()],
      autoRun: mergeAutoRun(config.jobs?.autoRun, runners),
    },
    admin: {
      ...config.admin,
      components: { ...components, afterDashboard: [...(components.afterDashboard ?? []), SHAREHOLDERS_PANEL] },
    },
  }
}
