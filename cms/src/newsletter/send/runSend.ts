import type { Payload } from 'payload'
import type { NewsletterBatch } from '@mao/shared/payload-types'
import type { BatchRecipient, BatchResult } from '../collections/NewsletterBatches'
import { newsletterSettings, type NewsletterSettings } from '../settings'
import { systemContext } from '../systemContext'
import { callResend } from './callResend'
import { acquireLease, processOwner, releaseLease, renewLease } from './lease'
import { resendPacer } from './pacer'
import { personaliseEmail, type Snapshot } from './personaliseEmail'
import { requestArchiveRebuild } from './requestArchiveRebuild'
import { resendClient } from './resendClient'
import { batchCounts } from './batchCounts'
import { appendSendLog } from './sendLog'
import { snapshotRecipients } from './snapshotRecipients'

export type RunOutcome = 'sent' | 'paused' | 'busy' | 'not-sending'

export type RunHooks = {
  /** Test and benchmark hook: runs after Resend accepted a batch, before its outcome is recorded. */
  afterBatchAccepted?: (batch: { number: number; idempotencyKey: string }) => void | Promise<void>
}

const running = new Set<string>()

type PendingBatch = {
  id: number | string
  number: number
  idempotencyKey: string
  recipients: BatchRecipient[]
  attempts?: number | null
}

/** The batches still to send, in order, with their recipients (straight from the adapter: ours alone). */
async function pendingBatches(payload: Payload, newsletterId: number | string): Promise<PendingBatch[]> {
  const { docs } = await payload.db.find<PendingBatch>({
    collection: 'newsletter-batches',
    where: { and: [{ newsletter: { equals: newsletterId } }, { status: { equals: 'pending' } }] },
    sort: 'number',
    pagination: false,
    limit: 0,
  })
  return docs
}

/**
 * Send (or go on sending) one edition that is in status `sending`. Holds a lease while it runs
 * so a second process or a restart never sends the same edition at the same time. Sends the
 * first batch without a recorded outcome, then the next: each with its own idempotency key,
 * paced, retried on 429/5xx/network errors, and recorded before the next batch starts. Returns
 * `paused` when Resend keeps failing or the API key is refused; a later run resumes.
 */
export async function runSend(
  payload: Payload,
  newsletterId: number | string,
  hooks: RunHooks = {},
): Promise<RunOutcome> {
  const runKey = String(newsletterId)
  if (running.has(runKey)) return 'busy'
  running.add(runKey)
  try {
    return await runLocked(payload, newsletterId, hooks)
  } finally {
    running.delete(runKey)
  }
}

async function runLocked(payload: Payload, newsletterId: number | string, hooks: RunHooks): Promise<RunOutcome> {
  const settings = newsletterSettings()
  const doc = await payload.findByID({
    collection: 'newsletters',
    id: newsletterId,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  if (doc.status !== 'sending') return 'not-sending'
  if (!(await acquireLease(payload, newsletterId, processOwner, settings.leaseMs))) return 'busy'
  let leaseHeld = true
  let renewedAt = Date.now()
  // Renewing writes the edition (slow: about a tenth of a second), so only once a third of the
  // lease has passed; progress for the admin is written along with it.
  const keepLease = async (extra: Record<string, unknown> = {}, force = false) => {
    if (!force && Date.now() - renewedAt < settings.leaseMs / 3) return leaseHeld
    leaseHeld = leaseHeld && (await renewLease(payload, newsletterId, processOwner, settings.leaseMs, extra))
    renewedAt = Date.now()
    return leaseHeld
  }
  try {
    const edition = doc.edition ?? 0
    if (!doc.snapshot?.recipientsComplete) {
      const { total } = await snapshotRecipients(payload, { id: newsletterId, edition }, settings.batchSize)
      await keepLease(
        {
          snapshot: { ...doc.snapshot, recipientsComplete: true },
          progress: { ...doc.progress, total, sent: 0, failed: 0 },
        },
        true,
      )
      await appendSendLog(payload, newsletterId, `Ontvangers vastgelegd: ${total}.`)
    }
    const snapshot: Snapshot = {
      subject: doc.snapshot?.subject ?? '',
      html: doc.snapshot?.html ?? '',
      text: doc.snapshot?.text ?? '',
    }
    const resend = resendClient()
    const secret = payload.secret
    const pending = await pendingBatches(payload, newsletterId)
    const totals = await batchCounts(payload, newsletterId)
    const waitKeepingLease = leaseKeepingWait(settings, () => keepLease({ progress: { ...doc.progress, ...totals } }))
    for (const batch of pending) {
      if (!leaseHeld) return 'busy'
      const batchId = batch.id
      const { recipients } = batch
      const tags = [{ name: 'edition', value: String(edition) }]
      const emails = recipients.map((recipient) => personaliseEmail(snapshot, recipient, settings, secret, tags))
      let attempts = batch.attempts ?? 0
      const outcome = await callResend(
        (signal) => {
          attempts += 1
          return resend.batch.send(emails, { idempotencyKey: batch.idempotencyKey, signal })
        },
        {
          pacer: resendPacer(),
          maxAttempts: settings.maxAttempts,
          timeoutMs: settings.requestTimeoutMs,
          backoffBaseMs: settings.backoffBaseMs,
          backoffMaxMs: settings.backoffMaxMs,
          wait: waitKeepingLease,
          onRetry: ({ attempt, error, delayMs }) =>
            payload.logger.warn({
              msg: `Batch ${batch.idempotencyKey}: poging ${attempt} mislukt (${error.statusCode ?? 'netwerk'} ${error.name}), opnieuw over ${delayMs} ms`,
            }),
        },
      )
      if (outcome.ok) {
        await hooks.afterBatchAccepted?.({ number: batch.number, idempotencyKey: batch.idempotencyKey })
        const ids = outcome.data.data ?? []
        const results: BatchResult[] = recipients.map((recipient, index) => ({
          id: recipient.id,
          emailId: ids[index]?.id,
        }))
        await recordBatch(payload, batchId, {
          status: 'sent',
          results,
          attempts,
          sentAt: new Date().toISOString(),
          error: null,
        })
        totals.sent += recipients.length
      } else if (outcome.kind === 'reject') {
        const message = `${outcome.error.statusCode ?? ''} ${outcome.error.name}: ${outcome.error.message}`.trim()
        const results: BatchResult[] = recipients.map((recipient) => ({ id: recipient.id, error: message }))
        await recordBatch(payload, batchId, { status: 'failed', results, attempts, error: message })
        totals.failed += recipients.length
        await appendSendLog(
          payload,
          newsletterId,
          `Batch ${batch.number} geweigerd door Resend (${message}); de ${recipients.length} ontvangers zijn als mislukt geregistreerd.`,
        )
      } else {
        await recordBatch(payload, batchId, {
          attempts,
          error: `${outcome.error.statusCode ?? 'netwerk'} ${outcome.error.name}: ${outcome.error.message}`,
        })
        const reason =
          outcome.kind === 'stop'
            ? `Resend weigert de verzending (${outcome.error.name}): controleer RESEND_API_KEY en het tegoed.`
            : `Resend bleef na ${outcome.attempts} pogingen falen (${outcome.error.statusCode ?? 'netwerkfout'}).`
        await appendSendLog(
          payload,
          newsletterId,
          `Gepauzeerd bij batch ${batch.number}: ${reason} Het versturen gaat vanzelf verder.`,
          {
            progress: { ...doc.progress, ...totals, pausedReason: reason },
          },
        )
        return 'paused'
      }
      await keepLease({ progress: { ...doc.progress, ...totals, pausedReason: null } })
    }
    if (!leaseHeld) return 'busy'
    await payload.update({
      collection: 'newsletters',
      id: newsletterId,
      data: {
        status: 'sent',
        sentAt: new Date().toISOString(),
        progress: { ...doc.progress, ...totals, pausedReason: null },
      },
      depth: 0,
      overrideAccess: true,
      context: systemContext,
    })
    await appendSendLog(
      payload,
      newsletterId,
      `Verstuurd: ${totals.sent} van ${totals.total} e-mails${totals.failed ? `, ${totals.failed} mislukt` : ''}.`,
    )
    requestArchiveRebuild(payload, edition)
    return 'sent'
  } finally {
    await releaseLease(payload, newsletterId, processOwner).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: `Nieuwsupdate ${newsletterId}: lease niet vrijgegeven` }),
    )
  }
}

/** Record a batch's outcome: one row, straight through the adapter (these rows are ours alone). */
async function recordBatch(payload: Payload, id: number | string, data: Partial<NewsletterBatch>): Promise<void> {
  await payload.db.updateOne({
    collection: 'newsletter-batches',
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
    returning: false,
  })
}

/** Waits in slices shorter than the lease, renewing it, so a long retry-after does not lose it. */
function leaseKeepingWait(settings: NewsletterSettings, keepLease: () => Promise<boolean>) {
  const slice = Math.max(50, settings.leaseMs / 3)
  return async (ms: number) => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(slice, until - Date.now())))
      if (Date.now() < until && !(await keepLease())) return
    }
  }
}
