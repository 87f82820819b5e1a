import type { CollectionBeforeChangeHook } from 'payload'
import type { ApplicationStatus } from '@mao/shared/selectOptions'
import { isDecision } from '../../../review/decisions'

/** Waiting applications sort first in the admin list (`defaultSort` on this number). */
const reviewPriority: Record<ApplicationStatus, number> = { pending: 0, unconfirmed: 1, approved: 2, declined: 3 }

/**
 * Keeps the bookkeeping of a status change: when it changed, and who decided when an editor
 * approves or declines. Computed here from the stored document, never taken from the request.
 */
export const recordReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = (data.status ?? originalDoc?.status ?? 'unconfirmed') as ApplicationStatus
  data.reviewPriority = reviewPriority[status]
  const changed = status !== originalDoc?.status
  if (!changed) return data
  const now = new Date().toISOString()
  data.statusChangedAt = now
  if (isDecision(status)) {
    data.reviewedBy = req.user?.id ?? null
    data.reviewedAt = now
  }
  return data
}
