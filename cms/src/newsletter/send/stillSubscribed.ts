import type { Payload } from 'payload'
import type { BatchRecipient } from '../collections/NewsletterBatches'

/**
 * The recipients of a batch that are still confirmed subscribers now: whoever unsubscribed,
 * bounced, complained or was deleted since the snapshot is dropped before the batch first goes out.
 */
export async function stillSubscribed(payload: Payload, recipients: BatchRecipient[]): Promise<BatchRecipient[]> {
  if (recipients.length === 0) return recipients
  const { docs } = await payload.db.find<{ id: number | string; email: string }>({
    collection: 'subscribers',
    where: {
      and: [{ id: { in: recipients.map((recipient) => recipient.id) } }, { status: { equals: 'confirmed' } }],
    },
    pagination: false,
    limit: 0,
    select: { email: true },
  })
  // By id and address: a deleted row's id taken by another person is not the same recipient.
  const confirmed = new Set(docs.map((doc) => `${String(doc.id)} ${doc.email}`))
  return recipients.filter((recipient) => confirmed.has(`${recipient.id} ${recipient.email}`))
}
