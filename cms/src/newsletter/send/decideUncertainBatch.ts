import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { recordBatch } from './recordBatch'
import { appendSendLog } from './sendLog'

export type BatchDecision = 'resend' | 'markSent'

/**
 * An editor's decision on an uncertain batch. `resend`: back to pending under a new idempotency
 * key (the old one is expired or taken), as if never attempted, so unsubscribes since then are
 * dropped first. `markSent`: counted as sent, nothing goes out. False when no such uncertain batch.
 */
export async function decideUncertainBatch(
  payload: Payload,
  newsletterId: number | string,
  number: number,
  decision: BatchDecision,
  decidedBy: string,
): Promise<boolean> {
  const { docs } = await payload.db.find<{ id: number | string; idempotencyKey: string }>({
    collection: 'newsletter-batches',
    where: {
      and: [
        { newsletter: { equals: newsletterId } },
        { number: { equals: number } },
        { status: { equals: 'uncertain' } },
      ],
    },
    limit: 1,
    pagination: false,
  })
  const batch = docs[0]
  if (!batch) return false
  const at = new Date().toISOString()
  if (decision === 'resend') {
    await recordBatch(payload, batch.id, {
      status: 'pending',
      idempotencyKey: `${batch.idempotencyKey.replace(/-opnieuw-[0-9a-f]+$/, '')}-opnieuw-${randomUUID().slice(0, 8)}`,
      firstAttemptAt: null,
      attempts: 0,
      decision: `Opnieuw versturen, door ${decidedBy} op ${at}`,
    })
  } else {
    await recordBatch(payload, batch.id, {
      status: 'sent',
      failed: 0,
      decision: `Als verzonden gemarkeerd door ${decidedBy} op ${at}`,
    })
  }
  await appendSendLog(
    payload,
    newsletterId,
    decision === 'resend'
      ? `Batch ${number}: ${decidedBy} koos "opnieuw versturen".`
      : `Batch ${number}: ${decidedBy} markeerde de batch als verzonden.`,
  )
  return true
}
