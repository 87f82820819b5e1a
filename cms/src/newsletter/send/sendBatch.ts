import type { Payload } from 'payload'
import type { Resend } from 'resend'
import type { NewsletterBatch } from '@mao/shared/payload-types'
import type { BatchRecipient } from '../collections/NewsletterBatches'
import type { NewsletterSettings } from '../settings'
import { legacyUnsubscribeToken } from '../subscribe/tokens'
import type { Progress } from './batchCounts'
import { batchResults } from './batchResults'
import { callResend } from './callResend'
import { idempotencyKey } from './idempotencyKey'
import { resendPacer } from './pacer'
import { personaliseEmail, type Snapshot } from './personaliseEmail'
import { recordBatch } from './recordBatch'
import { stillSubscribed } from './stillSubscribed'

/**
 * Resend remembers an idempotency key for 24 hours. A batch first tried longer ago than this is
 * never retried by itself: a retry could be a second copy. It becomes `uncertain` instead.
 */
const RETRY_WINDOW_MS = 23 * 3600_000

export type PendingBatch = {
  id: number | string
  number: number
  status: NewsletterBatch['status']
  idempotencyKey: string
  recipients: BatchRecipient[]
  attempts?: number | null
  firstAttemptAt?: string | null
}

/** What every batch of one run shares. `totals` is the run's running count, updated in place. */
export type SendContext = {
  payload: Payload
  settings: NewsletterSettings
  snapshot: Snapshot
  resend: Resend
  tags: Array<{ name: string; value: string }>
  totals: Progress
  holdLease: () => Promise<boolean>
  waitKeepingLease: (ms: number) => Promise<void>
  /** Appends a line to the edition's send log. */
  log: (message: string) => Promise<void>
}

/**
 * `done`: sent, or settled otherwise (nobody left, refused, uncertain); `busy`: the lease was lost;
 * `paused`: Resend keeps failing or refuses the key, try again later.
 */
export type BatchOutcome = { kind: 'done' | 'busy' } | { kind: 'paused'; reason: string }

/**
 * Send one batch: drop who left since the freeze (only before its first attempt: a tried batch's
 * payload may not change), record the first attempt, then one paced request with its own
 * idempotency key, retried on 429/5xx/network errors, and its outcome recorded.
 */
export async function sendBatch(context: SendContext, batch: PendingBatch): Promise<BatchOutcome> {
  const { payload, settings, totals, log } = context
  if (!(await context.holdLease())) return { kind: 'busy' }
  let { recipients } = batch
  if (!batch.firstAttemptAt) {
    const kept = await stillSubscribed(payload, recipients)
    if (kept.length < recipients.length) {
      const skipped = recipients.length - kept.length
      await recordBatch(payload, batch.id, { recipients: kept, size: kept.length, skipped })
      totals.total -= skipped
      await log(
        `Batch ${batch.number}: ${skipped} ontvanger(s) overgeslagen (afgemeld of onbestelbaar sinds de start).`,
      )
      recipients = kept
    }
    if (recipients.length === 0) {
      await recordBatch(payload, batch.id, { status: 'sent', results: [], sentAt: new Date().toISOString() })
      return { kind: 'done' }
    }
    // Durable before the first request leaves, so a crash right after it still counts.
    batch.firstAttemptAt = new Date().toISOString()
    await recordBatch(payload, batch.id, { firstAttemptAt: batch.firstAttemptAt })
  } else if (Date.now() - Date.parse(batch.firstAttemptAt) > RETRY_WINDOW_MS) {
    await markUncertain(
      context,
      batch,
      'De eerste poging is meer dan 23 uur oud; Resend herkent de batch dan niet meer als dezelfde.',
    )
    return { kind: 'done' }
  }
  const key = idempotencyKey(settings, batch.idempotencyKey)
  // Batches frozen before tokens were stored carry none: those rows take the legacy link.
  const emails = recipients.map((recipient) =>
    personaliseEmail(
      context.snapshot,
      { email: recipient.email, token: recipient.token ?? legacyUnsubscribeToken(payload.secret, recipient.id) },
      context.tags,
    ),
  )
  let attempts = batch.attempts ?? 0
  const outcome = await callResend(
    (signal) => {
      attempts += 1
      return context.resend.batch.send(emails, { idempotencyKey: key, signal, batchValidation: 'permissive' })
    },
    {
      pacer: resendPacer(),
      maxAttempts: settings.maxAttempts,
      timeoutMs: settings.requestTimeoutMs,
      backoffBaseMs: settings.backoffBaseMs,
      backoffMaxMs: settings.backoffMaxMs,
      wait: context.waitKeepingLease,
      beforeRequest: context.holdLease,
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
      await log(
        `Batch ${batch.number}: Resend weigerde ${failed} van de ${recipients.length} adressen; de rest is verstuurd.`,
      )
    return { kind: 'done' }
  }
  if (outcome.kind === 'lost') {
    await recordBatch(payload, batch.id, { attempts })
    return { kind: 'busy' }
  }
  if (outcome.kind === 'reject') {
    const message = errorText(outcome.error)
    const results = recipients.map((recipient) => ({ id: recipient.id, error: message }))
    await recordBatch(payload, batch.id, { status: 'failed', results, attempts, error: message })
    totals.failed += recipients.length
    await log(
      `Batch ${batch.number} geweigerd door Resend (${message}); de ${recipients.length} ontvangers zijn als mislukt geregistreerd.`,
    )
    return { kind: 'done' }
  }
  if (outcome.kind === 'uncertain') {
    await recordBatch(payload, batch.id, { attempts })
    await markUncertain(context, batch, `Resend: ${errorText(outcome.error)}`)
    return { kind: 'done' }
  }
  await recordBatch(payload, batch.id, { attempts, error: errorText(outcome.error) })
  const reason =
    outcome.kind === 'stop'
      ? `Resend weigert de verzending (${outcome.error.name}): controleer RESEND_API_KEY en het tegoed.`
      : `Resend bleef na ${outcome.attempts} pogingen falen (${outcome.error.statusCode ?? 'netwerkfout'}).`
  return { kind: 'paused', reason }
}

const errorText = (error: { statusCode: number | null; name: string; message: string }) =>
  `${error.statusCode ?? 'netwerk'} ${error.name}: ${error.message}`

async function markUncertain(context: SendContext, batch: PendingBatch, reason: string): Promise<void> {
  await recordBatch(context.payload, batch.id, {
    status: 'uncertain',
    error: reason,
  } satisfies Partial<NewsletterBatch>)
  await context.log(
    `Batch ${batch.number} is onzeker (${reason}) en wordt niet vanzelf opnieuw verstuurd: beslis bij "Versturen".`,
  )
}
