import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Payload } from 'payload'
import type { BatchRecipient } from '../collections/NewsletterBatches'
import { randomToken } from '../../http/linkTokens'

export const batchKey = (edition: number, batch: number): string => `newsletter-${edition}-batch-${batch}`

type Subscriber = { id: number | string; email: string; unsubscribeToken?: string | null }

/**
 * Batches frozen ahead of the one the sender asked for. Freezing all 10,000 recipients at the
 * start ran beside the first window of requests and held it up by about 250 ms in
 * `pnpm bench newsletter`; a few batches ahead keep the sender from waiting, and the rest is
 * frozen while it waits for its turn with Resend anyway.
 */
const AHEAD = 5

/** A freeze under way: the sender takes each batch as soon as it is written. */
export type Freeze = {
  /** The sender needs batch `number`: true once it is written, false if the freeze ended without it. */
  written: (number: number) => Promise<boolean>
  /** `complete` once every recipient is frozen; `failed` rethrows its fault from `ended`. */
  state: () => 'running' | 'complete' | 'stopped' | 'failed'
  /** Freeze the rest without waiting to be asked (the sender stops: a pause or a fault). */
  finish: () => void
  /** Stop after the batch being written (the lease was lost: another process goes on). */
  stop: () => void
  /** Resolves when the freeze has ended; rejects with its fault if it failed. */
  ended: () => Promise<void>
}

/** Promises that the other side wakes all at once. */
function wakeList() {
  let waiting: Array<() => void> = []
  return {
    wait: () => new Promise<void>((wake) => waiting.push(wake)),
    wakeAll: () => {
      for (const wake of waiting) wake()
      waiting = []
    },
  }
}

/**
 * Freeze who receives an edition, batch by batch: the next `batchSize` confirmed subscribers by
 * id after the last recipient frozen, with their unsubscribe tokens, written as the next numbered
 * batch, until none are left. Sending starts as soon as batch 1 is written: reading 10,000
 * subscribers and writing 100 batches first held up the first email by about 550 ms in
 * `pnpm bench newsletter`. Whoever confirms before the freeze reaches their id receives the edition.
 *
 * A written batch keeps its recipients (it only drops who left before its first attempt), and its
 * idempotency key follows from the edition and its number. So an interrupted freeze goes on after
 * its highest batch, and the unique key refuses a second process writing the same batch.
 */
export function freezeRecipients(
  payload: Payload,
  newsletter: { id: number | string; edition: number },
  batchSize: number,
): Freeze {
  let state: ReturnType<Freeze['state']> = 'running'
  let stopping = false
  let wanted = 0
  let highest = 0
  const batchWritten = wakeList()
  const batchWanted = wakeList()
  const run = async (): Promise<boolean> => {
    const last = await lastFrozen(payload, newsletter.id)
    highest = last?.number ?? 0
    let afterId = last?.recipientId
    for (;;) {
      while (highest >= wanted + AHEAD && !stopping) await batchWanted.wait()
      if (stopping) return false
      const recipients = await nextRecipients(payload, afterId, batchSize)
      if (recipients.length === 0) return true
      const number = highest + 1
      const now = new Date().toISOString()
      // Straight to the adapter: these rows are ours alone (no hooks, nothing to validate).
      await payload.db.create({
        collection: 'newsletter-batches',
        data: {
          newsletter: newsletter.id,
          number,
          idempotencyKey: batchKey(newsletter.edition, number),
          size: recipients.length,
          status: 'pending',
          recipients,
          attempts: 0,
          createdAt: now,
          updatedAt: now,
        },
        returning: false,
      })
      highest = number
      batchWritten.wakeAll()
      if (recipients.length < batchSize) return true
      afterId = recipients.at(-1)!.id
      // SQLite answers at once, so without this turn a run of batches would go as one chain of
      // microtasks and hold back the sender's answers and timers.
      await nextTurn()
    }
  }
  // Never rejects, so no rejection goes unhandled while the sender is busy elsewhere.
  let fault: unknown
  const done = run().then(
    (complete) => void (state = complete ? 'complete' : 'stopped'),
    (error: unknown) => {
      fault = error
      state = 'failed'
    },
  )
  void done.finally(batchWritten.wakeAll)
  const want = (number: number) => {
    wanted = Math.max(wanted, number)
    batchWanted.wakeAll()
  }
  return {
    written: async (number) => {
      want(number)
      while (highest < number && state === 'running') await batchWritten.wait()
      return highest >= number
    },
    state: () => state,
    finish: () => want(Infinity),
    stop: () => {
      stopping = true
      batchWanted.wakeAll()
    },
    ended: async () => {
      await done
      if (state === 'failed') throw fault
    },
  }
}

/**
 * Where an interrupted freeze goes on: after its highest batch, and after the last recipient still
 * in a batch (one whose recipients all left before their first attempt holds none, and nobody in
 * it was mailed).
 */
async function lastFrozen(
  payload: Payload,
  newsletterId: number | string,
): Promise<{ number: number; recipientId?: string } | undefined> {
  const { docs } = await payload.db.find<{ number: number; recipients: BatchRecipient[] }>({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: newsletterId } },
    sort: '-number',
    pagination: false,
    limit: 0,
    select: { number: true, recipients: true },
  })
  if (docs.length === 0) return undefined
  const recipientId = docs.find((doc) => doc.recipients.length > 0)?.recipients.at(-1)?.id
  return { number: docs[0]!.number, recipientId }
}

/** The next `count` confirmed subscribers by id after `afterId`, each with a stored unsubscribe token. */
async function nextRecipients(payload: Payload, afterId: string | undefined, count: number): Promise<BatchRecipient[]> {
  const confirmed = { status: { equals: 'confirmed' } }
  const { docs } = await payload.db.find<Subscriber>({
    collection: 'subscribers',
    where: afterId === undefined ? confirmed : { and: [confirmed, { id: { greater_than: afterId } }] },
    sort: 'id',
    limit: count,
    pagination: false,
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
  return recipients
}
