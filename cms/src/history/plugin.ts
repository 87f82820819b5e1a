import type { CollectionConfig, Plugin } from 'payload'
import { activityField } from './activityField'
import { updatedByField } from './updatedByField'

const withHistory = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, updatedByField(), activityField()],
})

/**
 * History on the given (content) collections: every save records its author in `updatedBy`, so
 * each version says who made it, and the sidebar lists the versions as "Activiteit".
 */
export const historyPlugin =
  ({ collections }: { collections: readonly string[] }): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug) ? withHistory(collection) : collection,
    ),
  })
