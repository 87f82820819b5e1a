import type { CollectionBeforeChangeHook } from 'payload'

/** Once published, the review is done: the next draft starts as "Concept" again. */
export const resetReviewOnPublish: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' ? { ...data, review: 'draft' } : data
