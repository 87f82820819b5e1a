import type { Plugin } from 'payload'

/** The provider, by import-map path (the config never imports admin components). */
const ACCESSIBLE_NAMES = '/src/admin/accessibleNames/AccessibleNames#AccessibleNames'

/** Wraps the admin in the provider that gives Payload's unnamed controls a Dutch name. */
export const accessibleNamesPlugin = (): Plugin => (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      providers: [...(config.admin?.components?.providers ?? []), ACCESSIBLE_NAMES],
    },
  },
})
