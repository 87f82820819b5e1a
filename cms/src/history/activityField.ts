import type { UIField } from 'payload'

export const ACTIVITY_FIELD = '/src/history/admin/ActivityField#ActivityField'

/** The "Activiteit" list in a document's sidebar: its versions with date, author and status. */
export const activityField = (): UIField => ({
  name: 'activity',
  label: 'Activiteit',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: ACTIVITY_FIELD } },
})
