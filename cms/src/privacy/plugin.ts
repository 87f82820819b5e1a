import type { Plugin } from 'payload'
import { mergeAutoRun, type AutorunCronConfig } from '../jobs/mergeAutoRun'
import { newsletterSettings } from '../newsletter'
import { PRIVACY_VIEW_PATH } from './admin/viewPath'
import { eraseEndpoint } from './endpoints/eraseEndpoint'
import { exportEndpoint } from './endpoints/exportEndpoint'
import { PRIVACY_QUEUE, retentionTask } from './retention/retentionTask'

/**
 * Privacy: POST /api/privacy/export and /erase (admins), the admin view /admin/privacy with its
 * menu link, and the nightly retention job. Its runner follows NEWSLETTER_AUTORUN like every
 * scheduled job of the CMS. The retention terms are a site settings group (retentionField).
 */
export const privacyPlugin = (): Plugin => (config) => {
  const components = config.admin?.components ?? {}
  const runners: AutorunCronConfig[] = newsletterSettings().autoRun
    ? [{ cron: '*/15 * * * *', queue: PRIVACY_QUEUE, limit: 5 }]
    : []
  return {
    ...config,
    endpoints: [...(config.endpoints ?? []), exportEndpoint, eraseEndpoint],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), retentionTask()],
      autoRun: mergeAutoRun(config.jobs?.autoRun, runners),
    },
    admin: {
      ...config.admin,
      components: {
        ...components,
        afterNavLinks: [...(components.afterNavLinks ?? []), '/src/privacy/admin/PrivacyNavLink#PrivacyNavLink'],
        views: {
          ...components.views,
          privacy: {
            Component: '/src/privacy/admin/PrivacyView#PrivacyView',
            path: PRIVACY_VIEW_PATH,
            meta: { title: 'Privacyverzoeken' },
          },
        },
      },
    },
  }
}
