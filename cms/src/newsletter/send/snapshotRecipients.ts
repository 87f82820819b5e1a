import type { Payload } from 'payload'
import type { BatchRecipient } from '../collections/NewsletterBatches'
import { randomToken } from '../../http/linkTokens'
import { systemContext } from '../systemContext'

export const batchKey = (edition: number, batch: number): string => `newsletter-${edition}-batch-${batch}`

/**
 * Freeze who receives an edition: every confirmed subscriber at this moment, ordered by id, with
 * their unsubscribe token, cut into numbered batches. Idempotency keys follow from the edition
 * and the batch number, so the same batch always has the same key. Safe to repeat until it
 * completes: unsent batches from an interrupted attempt are removed first (no batch is sent
 * before the snapshot is done).
 */
export async function snapshotRecipients(
  payload: Payload,
  newsletter: { id: number | string; edition: number },
  batchSize: number,
): Promise<{ total: number; batches: number }> {
  await payload.delete({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: newsletter.id } },
    overrideAccess: true,
    context: systemContext,
  })
  const { docs } = await payload.db.find<{ id: number | string; email: string; unsubscribeToken?: string | null }>({
    collection: 'subscribers',
    where: { status: { equals: 'confirmed' } },
    sort: 'id',
    pagination: false,
    limit: 0,
    select: { email: true, unsubscribeToken: true },
  })
  const recipients: BatchRecipient[] = []
  for (const doc of docs) {
    // Rows from before stored tokens (or inserted around Payload) get theirs now.
    let token = doc.unsubscribeToken
    if (!token) {
      token = randomToken()
      await payload.db.updateOne({
        collection: 'subscribers',
        id: doc.id,
        data: { unsubscribeToken: token },
        returning: false,
      })
    }
    recipients.push({ id: String(doc.id), email: doc.email, token })
  }
  // Straight to the database adapter, in one transaction: these rows are ours alone (no hooks,
  // nothing to validate), they appear all together or not at all, and a hundred of them through
  // the full create operation, each committed on its own, would hold up the first email by a second.
  let number = 0
  const now = new Date().toISOString()
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    for (let start = 0; start < recipients.length; start += batchSize) {
      number += 1
      const slice = recipients.slice(start, start + batchSize)
      await payload.db.create({
        collection: 'newsletter-batches',
        data: {
          newsletter: newsletter.id,
          number,
          idempotencyKey: batchKey(newsletter.edition, number),
          size: slice.length,
          status: 'pending',
          recipients: slice,
          attempts: 0,
          createdAt: now,
          updatedAt: now,
        },
        req: { transactionID },
        returning: false,
      })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  return { total: recipients.length, batches: number }
}
