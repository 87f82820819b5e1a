import type { Payload } from 'payload'
import type { NewsletterBatch } from '@mao/shared/payload-types'
import type { BatchRecipient } from '../collections/NewsletterBatches'
import { newsletterSettings, type NewsletterSettings } from '../settings'
import { legacyUnsubscribeToken } from '../subscribe/tokens'
import { systemContext } from '../systemContext'
import { batchCounts, type Progress } from './batchCounts'
import { batchResults } from './batchResults'
import { callResend } from './callResend'
import { idempotencyKey } from './idempotencyKey'
import { acquireLease, releaseLease, renewLease, type Lease } from './lease'
import { resendPacer } from './pacer'
import { envelopeOf, personaliseEmail, type Envelope, type Snapshot } from './personaliseEmail'
import { recordBatch } from './recordBatch'
import { requestArchiveRebuild } from './requestArchiveRebuild'
import { resendClient } from './resendClient'
import { appendSendLog } from './sendLog'
import { snapshotRecipients } from './snapshotRecipients'
import { stillSubscribed } from './stillSubscribed'

/** `waiting`: everything else is done, but uncertain batches wait for an editor's decision. */
export type RunOutcome = 'sent' | 'paused' | 'waiting' | 'busy' | 'not-sending'

export type RunOptions = {
  /** A claim the caller already holds (startSend hands its claim over). */
  lease?: Lease
}

/**
 * Resend remembers an idempotency key for 24 hours. A batch first tried longer ago than this is
 * never retried by itself: a retry could be a second copy. It becomes `uncertain` instead.
 */
export const RETRY_WINDOW_MS = 23 * 3600_000

const running = new Set<string>()

type PendingBatch = {
  id: number | string
  number: number
  idempotencyKey: string
  recipients: BatchRecipient[]
  attempts?: number | null
  firstAttemptAt?: string | null
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
 * so a second process or a restart never sends the same edition at the same time, renewed right
 * before every request. Sends the first batch without a recorded outcome, then the next: each
 * with its own idempotency key, paced, retried on 429/5xx/network errors, and recorded before the
 * next batch starts. Returns `paused` when Resend keeps failing or the API key is refused; a later
 * run resumes.
 */
export async function runSend(
  payload: Payload,
  newsletterId: number | string,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const runKey = String(newsletterId)
  if (running.has(runKey)) return 'busy'
  running.add(runKey)
  try {
    const lease = options.lease ?? (await acquireLease(payload, newsletterId, newsletterSettings().leaseMs))
    if (!lease) return 'busy'
    try {
      return await runLeased(payload, newsletterId, lease)
    } finally {
      await releaseLease(payload, lease).catch((error: unknown) =>
        payload.logger.error({ err: error, msg: `Nieuwsupdate ${newsletterId}: claim niet vrijgegeven` }),
      )
    }
  } finally {
    running.delete(runKey)
  }
}

async function runLeased(payload: Payload, newsletterId: number | string, lease: Lease): Promise<RunOutcome> {
  const settings = newsletterSettings()
  let leaseHeld = true
  const holdLease = async () => (leaseHeld = leaseHeld && (await renewLease(payload, lease, settings.leaseMs)))
  const doc = await payload.findByID({
    collection: 'newsletters',
    id: newsletterId,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  if (doc.status !== 'sending') return 'not-sending'
  const edition = doc.edition ?? 0
  const writeProgress = (progress: Partial<Progress> & { pausedReason?: string | null }) =>
    payload.update({
      collection: 'newsletters',
      id: newsletterId,
      data: { progress: { ...doc.progress, ...progress } },
      depth: 0,
      overrideAccess: true,
      context: systemContext,
    })
  if (!doc.snapshot?.recipientsComplete) {
    if (!(await holdLease())) return 'busy'
    const { total } = await snapshotRecipients(payload, { id: newsletterId, edition }, settings.batchSize)
    await appendSendLog(payload, newsletterId, `Ontvangers vastgelegd: ${total}.`, {
      snapshot: { ...doc.snapshot, recipientsComplete: true },
      progress: { ...doc.progress, total, sent: 0, failed: 0 },
    })
  }
  const snapshot: Snapshot = {
    subject: doc.snapshot?.subject ?? '',
    html: doc.snapshot?.html ?? '',
    text: doc.snapshot?.text ?? '',
    // Editions started before the envelope was frozen fall back to the configuration.
    envelope: (doc.snapshot?.envelope as Envelope | null | undefined) ?? envelopeOf(settings),
  }
  const resend = resendClient()
  const tags = [{ name: 'edition', value: String(edition) }]
  const totals = await batchCounts(payload, newsletterId)
  // Progress for the admin: at most three times per lease period, and after every batch outcome
  // that changes what an editor must know.
  let progressAt = Date.now()
  const keepProgress = async () => {
    if (Date.now() - progressAt < settings.leaseMs / 3) return
    progressAt = Date.now()
    await writeProgress({ ...totals, pausedReason: null })
  }
  const waitKeepingLease = leaseKeepingWait(settings, holdLease)
  for (const batch of await pendingBatches(payload, newsletterId)) {
    if (!(await holdLease())) return 'busy'
    let { recipients } = batch
    if (!batch.firstAttemptAt) {
      const kept = await stillSubscribed(payload, recipients)
      if (kept.length < recipients.length) {
        const skipped = recipients.length - kept.length
        await recordBatch(payload, batch.id, { recipients: kept, size: kept.length, skipped })
        totals.total -= skipped
        await appendSendLog(
          payload,
          newsletterId,
          `Batch ${batch.number}: ${skipped} ontvanger(s) overgeslagen (afgemeld of onbestelbaar sinds de start).`,
        )
        recipients = kept
      }
      if (recipients.length === 0) {
        await recordBatch(payload, batch.id, { status: 'sent', results: [], sentAt: new Date().toISOString() })
        continue
      }
      // Durable before the first request leaves, so a crash right after it still counts.
      batch.firstAttemptAt = new Date().toISOString()
      await recordBatch(payload, batch.id, { firstAttemptAt: batch.firstAttemptAt })
    } else if (Date.now() - Date.parse(batch.firstAttemptAt) > RETRY_WINDOW_MS) {
      await markUncertain(
        payload,
        newsletterId,
        batch,
        'De eerste poging is meer dan 23 uur oud; Resend herkent de batch dan niet meer als dezelfde.',
      )
      continue
    }
    const key = idempotencyKey(settings, batch.idempotencyKey)
    // Batches frozen before tokens were stored carry none: those rows take the legacy link.
    const emails = recipients.map((recipient) =>
      personaliseEmail(
        snapshot,
        { email: recipient.email, token: recipient.token ?? legacyUnsubscribeToken(payload.secret, recipient.id) },
        tags,
      ),
    )
    let attempts = batch.attempts ?? 0
    const outcome = await callResend(
      (signal) => {
        attempts += 1
        return resend.batch.send(emails, { idempotencyKey: key, signal, batchValidation: 'permissive' })
      },
      {
        pacer: resendPacer(),
        maxAttempts: settings.maxAttempts,
        timeoutMs: settings.requestTimeoutMs,
        backoffBaseMs: settings.backoffBaseMs,
        backoffMaxMs: settings.backoffMaxMs,
        wait: waitKeepingLease,
        beforeRequest: holdLease,
        onRetry: ({ attempt, error, delayMs }) =>
          payload.logger.warn({
            msg: `Batch ${key}: poging ${attempt} mislukt (${error.statusCode ?? 'netwerk'} ${error.name}), opnieuw over ${delayMs} ms`,
          }),
      },
    )
    if (outcome.ok) {
      const { results, failed } = batchResults(recipients, outcome.data)
      await recordBatch(payload, batch.id, {
        status: 'sent',
        results,
        failed,
        attempts,
        sentAt: new Date().toISOString(),
        error: null,
      })
      totals.sent += recipients.length - failed
      totals.failed += failed
      if (failed > 0)
        await appendSendLog(
          payload,
          newsletterId,
          `Batch ${batch.number}: Resend weigerde ${failed} van de ${recipients.length} adressen; de rest is verstuurd.`,
        )
    } else if (outcome.kind === 'lost') {
      await recordBatch(payload, batch.id, { attempts })
      return 'busy'
    } else if (outcome.kind === 'reject') {
      const message = errorText(outcome.error)
      const results = recipients.map((recipient) => ({ id: recipient.id, error: message }))
      await recordBatch(payload, batch.id, { status: 'failed', results, attempts, error: message })
      totals.failed += recipients.length
      await appendSendLog(
        payload,
        newsletterId,
        `Batch ${batch.number} geweigerd door Resend (${message}); de ${recipients.length} ontvangers zijn als mislukt geregistreerd.`,
      )
    } else if (outcome.kind === 'uncertain') {
      await recordBatch(payload, batch.id, { attempts })
      await markUncertain(payload, newsletterId, batch, `Resend: ${errorText(outcome.error)}`)
    } else {
      await recordBatch(payload, batch.id, { attempts, error: errorText(outcome.error) })
      const reason =
        outcome.kind === 'stop'
          ? `Resend weigert de verzending (${outcome.error.name}): controleer RESEND_API_KEY en het tegoed.`
          : `Resend bleef na ${outcome.attempts} pogingen falen (${outcome.error.statusCode ?? 'netwerkfout'}).`
      await appendSendLog(
        payload,
        newsletterId,
        `Gepauzeerd bij batch ${batch.number}: ${reason} Het versturen gaat vanzelf verder.`,
        { progress: { ...doc.progress, ...totals, pausedReason: reason } },
      )
      return 'paused'
    }
    await keepProgress()
  }
  if (!leaseHeld) return 'busy'
  const final = await batchCounts(payload, newsletterId)
  if (final.uncertain > 0) {
    await writeProgress({
      ...final,
      pausedReason: `${final.uncertain} ontvanger(s) in onzekere batches: kies per batch "opnieuw versturen" of "als verzonden markeren".`,
    })
    return 'waiting'
  }
  await appendSendLog(
    payload,
    newsletterId,
    `Verstuurd: ${final.sent} van ${final.total} e-mails${final.failed ? `, ${final.failed} mislukt` : ''}.`,
    { status: 'sent', sentAt: new Date().toISOString(), progress: { ...doc.progress, ...final, pausedReason: null } },
  )
  requestArchiveRebuild(payload, edition)
  return 'sent'
}

const errorText = (error: { statusCode: number | null; name: string; message: string }) =>
  `${error.statusCode ?? 'netwerk'} ${error.name}: ${error.message}`

async function markUncertain(
  payload: Payload,
  newsletterId: number | string,
  batch: PendingBatch,
  reason: string,
): Promise<void> {
  await recordBatch(payload, batch.id, { status: 'uncertain', error: reason } satisfies Partial<NewsletterBatch>)
  await appendSendLog(
    payload,
    newsletterId,
    `Batch ${batch.number} is onzeker (${reason}) en wordt niet vanzelf opnieuw verstuurd: beslis bij "Versturen".`,
  )
}

/** Waits in slices shorter than the lease, renewing it, so a long retry-after does not lose it. */
function leaseKeepingWait(settings: NewsletterSettings, holdLease: () => Promise<boolean>) {
  const slice = Math.max(50, settings.leaseMs / 3)
  return async (ms: number) => {
    const until = Date.now() + ms
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(slice, until - Date.now())))
      if (Date.now() < until && !(await holdLease())) return
    }
  }
}
