import type { Plugin } from 'payload'

/** The overview, by import-map path (the config never imports admin components). */
const WORK_OVERVIEW = '/src/dashboard/admin/WorkOverview#WorkOverview'

/**
 * The admin home for editors: "Wat moet er gebeuren" first, then the panels other features put on
 * the dashboard (site build button, applications, messages), all above the list of collections.
 * Apply it after every plugin that adds a dashboard panel.
 */
export const dashboardPlugin = (): Plugin => (config) => {
  const components = config.admin?.components ?? {}
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        beforeDashboard: [WORK_OVERVIEW, ...(components.beforeDashboard ?? []), ...(components.afterDashboard ?? [])],
        afterDashboard: [],
      },
    },
  }
}
