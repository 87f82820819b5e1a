import type { Config, Plugin } from 'payload'
import { ContactMessages } from './collections/ContactMessages'
import { contributionEndpoints } from './contributions/contributionEndpoints'
import { sendEndpoints } from './messages/sendEndpoint'

/** The dashboard panel, by import-map path (the config never imports admin components). */
const MESSAGES_PANEL = '/src/contact/admin/MessagesPanel#MessagesPanel'

/**
 * Contact and contributions: the contact form's messages (stored, forwarded to the programme
 * office, acknowledged), the good-practice and expertise forms that create drafts for the
 * editors, and the "Berichten" panel on the dashboard.
 */
export const contactPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const components = config.admin?.components ?? {}
    return {
      ...config,
      collections: [...(config.collections ?? []), { ...ContactMessages, endpoints: sendEndpoints }],
      endpoints: [...(config.endpoints ?? []), ...contributionEndpoints],
      admin: {
        ...config.admin,
        components: { ...components, afterDashboard: [...(components.afterDashboard ?? []), MESSAGES_PANEL] },
      },
    }
  }
