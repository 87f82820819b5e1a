import type { CollectionBeforeChangeHook } from 'payload'

/** The logged-in user who creates a document becomes its `createdBy` (system writes leave it empty). */
export const recordCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, createdBy: req.user?.id ?? null }
}
