import type { Payload } from 'payload'
import type { BatchRecipient } from '../../newsletter'
import { normalizeAddress } from '../address'
import type { PersonalDataPlace } from './types'

/** What an erased recipient's address becomes in a frozen batch. */
export const ERASED_RECIPIENT = 'verwijderd'

type Batch = {
  id: number | string
  newsletter: number | string | { id: number | string }
  number: number
  status: string
  recipients: BatchRecipient[] | null
  firstAttemptAt?: string | null
  sentAt?: string | null
}

const PAGE = 100

/** Every batch, a page at a time: recipients are a JSON list, which no database query can look into alike. */
async function* batches(payload: Payload): AsyncGenerator<Batch> {
  for (let page = 1; ; page += 1) {
    const result = await payload.db.find<Batch>({
      collection: 'newsletter-batches',
      sort: 'id',
      page,
      limit: PAGE,
      pagination: true,
    })
    yield* result.docs
    if (!result.hasNextPage) return
  }
}

const isRecipient = (address: string) => (recipient: BatchRecipient) => normalizeAddress(recipient.email) === address

/**
 * A batch the sender may still post as it stands: a retry must carry exactly what the first
 * attempt did (same idempotency key), so it is left alone until it is sent or decided on. Unsent
 * batches not yet tried drop the recipient anyway (the sender checks each one is still subscribed).
 */
const inFlight = (batch: Batch) =>
  batch.status === 'uncertain' || (batch.status === 'pending' && Boolean(batch.firstAttemptAt))

/**
 * Recipient lists frozen into the news update's send batches (`newsletter-batches.recipients`):
 * the address, the subscriber id and the unsubscribe token per edition it was sent to.
 */
export const newsletterRecipientsPlace: PersonalDataPlace = {
  key: 'newsletter-recipients',
  label: 'Ontvangerslijsten van verstuurde nieuwsupdates',
  find: async (payload, address) => {
    const found = []
    for await (const batch of batches(payload)) {
      if (!(batch.recipients ?? []).some(isRecipient(address))) continue
      found.push({
        newsletter: typeof batch.newsletter === 'object' ? batch.newsletter.id : batch.newsletter,
        batch: batch.number,
        status: batch.status,
        sentAt: batch.sentAt ?? null,
      })
    }
    return found
  },
  erase: async (payload, address) => {
    const count = { deleted: 0, anonymised: 0, kept: 0 }
    for await (const batch of batches(payload)) {
      const recipients = batch.recipients ?? []
      if (!recipients.some(isRecipient(address))) continue
      if (inFlight(batch)) {
        count.kept += 1
        continue
      }
      // The row stays (counts and per-recipient results refer to it); address and token go.
      const anonymised = recipients.map((recipient) =>
        isRecipient(address)(recipient) ? { id: recipient.id, email: ERASED_RECIPIENT } : recipient,
      )
      await payload.db.updateOne({
        collection: 'newsletter-batches',
        id: batch.id,
        data: { recipients: anonymised },
        returning: false,
      })
      count.anonymised += 1
    }
    return count
  },
}
