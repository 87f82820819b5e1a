import type { Payload } from 'payload'
import type { NewsletterBatch } from '@mao/shared/payload-types'

/** Write a batch's outcome: one row, straight through the adapter (these rows are ours alone). */
export async function recordBatch(
  payload: Payload,
  id: number | string,
  data: Partial<Omit<NewsletterBatch, 'recipients'>> & { recipients?: unknown },
): Promise<void> {
  await payload.db.updateOne({
    collection: 'newsletter-batches',
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
    returning: false,
  })
}
