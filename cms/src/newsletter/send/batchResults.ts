import type { BatchRecipient, BatchResult } from '../collections/NewsletterBatches'

/** Resend's answer to a batch in permissive mode: ids of the accepted emails, errors by index. */
export type PermissiveBatchAnswer = {
  data?: { id: string }[] | null
  errors?: { index: number; message: string }[] | null
}

/**
 * Each recipient's outcome. Permissive validation sends the valid emails and lists the refused
 * ones by their index in the request; the ids in `data` belong to the accepted emails in order.
 */
export function batchResults(
  recipients: BatchRecipient[],
  answer: PermissiveBatchAnswer,
): { results: BatchResult[]; failed: number } {
  const refused = new Map((answer.errors ?? []).map((error) => [error.index, error.message]))
  const ids = answer.data ?? []
  let next = 0
  const results = recipients.map((recipient, index): BatchResult => {
    const error = refused.get(index)
    if (error !== undefined) return { id: recipient.id, error }
    const emailId = ids[next++]?.id
    return emailId ? { id: recipient.id, emailId } : { id: recipient.id }
  })
  return { results, failed: refused.size }
}
