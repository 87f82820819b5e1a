import type { CollectionBeforeChangeHook } from 'payload'

/** Who moved a message to another status, and when: the office sees who is handling what. */
export const recordStatusChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status === undefined || data.status === originalDoc?.status) return data
  return { ...data, handledBy: req.user?.id ?? null, statusChangedAt: new Date().toISOString() }
}
