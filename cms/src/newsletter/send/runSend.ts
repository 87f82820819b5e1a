import type { Payload } from 'payload'
import { newsletterSettings, type NewsletterSettings } from '../settings'
import { systemContext } from '../systemContext'
import { batchCounts, type Progress } from './batchCounts'
import { freezeRecipients, type Freeze } from './freezeRecipients'
import { acquireLease, releaseLease, renewLease, type Lease } from './lease'
import { envelopeOf, type Envelope, type Snapshot } from './personaliseEmail'
import { requestArchiveRebuild } from './requestArchiveRebuild'
import { resendClient } from './resendClient'
import { sendBatch, type PendingBatch, type SendContext } from './sendBatch'
import { appendSendLog } from './sendLog'

/** `waiting`: everything else is done, but uncertain batches wait for an editor's decision. */
export type RunOutcome = 'sent' | 'paused' | 'waiting' | 'busy' | 'not-sending'

export type RunOptions = {
  /** A claim the caller already holds (startSend hands its claim over). */
  lease?: Lease
}

const running = new Set<string>()

/** The batches after number `after`, in order, with their recipients (straight from the adapter: ours alone). */
async function batchesAfter(payload: Payload, newsletterId: number | string, after: number): Promise<PendingBatch[]> {
  const { docs } = await payload.db.find<PendingBatch>({
    collection: 'newsletter-batches',
    where: { and: [{ newsletter: { equals: newsletterId } }, { number: { greater_than: after } }] },
    sort: 'number',
    pagination: false,
    limit: 0,
  })
  return docs
}

/** The batches still to send, in order, each asked of the freeze while one is under way. */
async function* pendingBatches(
  payload: Payload,
  newsletterId: number | string,
  freeze: Freeze | undefined,
): AsyncGenerator<PendingBatch> {
  let after = 0
  for (;;) {
    if (freeze && !(await freeze.written(after + 1))) return
    const batches = await batchesAfter(payload, newsletterId, after)
    if (batches.length === 0) return
    for (const batch of batches) {
      after = batch.number
      if (batch.status === 'pending') yield batch
    }
  }
}

/**
 * Send (or go on sending) one edition that is in status `sending`. Holds a lease while it runs
 * so a second process or a restart never sends the same edition at the same time, renewed right
 * before every request. Sends the first batch without a recorded outcome, then the next (see
 * sendBatch), while the recipients are still being frozen into batches. Returns `paused` when
 * Resend keeps failing or the API key is refused; a later run resumes.
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
  const log = (message: string, extra?: Record<string, unknown>) => appendSendLog(payload, newsletterId, message, extra)
  const writeProgress = (progress: Partial<Progress> & { pausedReason?: string | null }) =>
    payload.update({
      collection: 'newsletters',
      id: newsletterId,
      data: { progress: { ...doc.progress, ...progress } },
      depth: 0,
      overrideAccess: true,
      context: systemContext,
    })
  let frozen = Boolean(doc.snapshot?.recipientsComplete)
  if (!frozen && !(await holdLease())) return 'busy'
  // Batches are sent while the rest of the recipients are still being frozen.
  const freeze = frozen ? undefined : freezeRecipients(payload, { id: newsletterId, edition }, settings.batchSize)
  const totals = await batchCounts(payload, newsletterId)
  // Until every recipient is frozen, the total shown is the one counted when sending started.
  const progressNow = () => (frozen ? totals : { ...totals, total: doc.progress?.total ?? totals.total })
  const recordFrozen = async () => {
    if (frozen || freeze?.state() !== 'complete') return
    frozen = true
    Object.assign(totals, await batchCounts(payload, newsletterId))
    await log(`Ontvangers vastgelegd: ${totals.total}.`, {
      snapshot: { ...doc.snapshot, recipientsComplete: true },
      progress: { total: totals.total },
    })
  }
  // Progress for the admin: at most three times per lease period, and after every batch outcome
  // that changes what an editor must know.
  let progressAt = Date.now()
  const keepProgress = async () => {
    if (Date.now() - progressAt < settings.leaseMs / 3) return
    progressAt = Date.now()
    await writeProgress({ ...progressNow(), pausedReason: null })
  }
  const context: SendContext = {
    payload,
    settings,
    snapshot: {
      subject: doc.snapshot?.subject ?? '',
      html: doc.snapshot?.html ?? '',
      text: doc.snapshot?.text ?? '',
      // Editions started before the envelope was frozen fall back to the configuration.
      envelope: (doc.snapshot?.envelope as Envelope | null | undefined) ?? envelopeOf(settings),
    } satisfies Snapshot,
    resend: resendClient(),
    tags: [{ name: 'edition', value: String(edition) }],
    totals,
    holdLease,
    waitKeepingLease: leaseKeepingWait(settings, holdLease),
    log,
  }
  try {
    for await (const batch of pendingBatches(payload, newsletterId, freeze)) {
      await recordFrozen()
      const outcome = await sendBatch(context, batch)
      if (outcome.kind === 'busy') return 'busy'
      if (outcome.kind === 'paused') {
        await log(`Gepauzeerd bij batch ${batch.number}: ${outcome.reason} Het versturen gaat vanzelf verder.`, {
          progress: { ...doc.progress, ...progressNow(), pausedReason: outcome.reason },
        })
        return 'paused'
      }
      await keepProgress()
    }
  } finally {
    if (leaseHeld) freeze?.finish()
    else freeze?.stop()
    await freeze?.ended()
  }
  if (!leaseHeld) return 'busy'
  await recordFrozen()
  const final = await batchCounts(payload, newsletterId)
  if (final.uncertain > 0) {
    await writeProgress({
      ...final,
      pausedReason: `${final.uncertain} ontvanger(s) in onzekere batches: kies per batch "opnieuw versturen" of "als verzonden markeren".`,
    })
    return 'waiting'
  }
  await log(`Verstuurd: ${final.sent} van ${final.total} e-mails${final.failed ? `, ${final.failed} mislukt` : ''}.`, {
    status: 'sent',
    sentAt: new Date().toISOString(),
    progress: { ...doc.progress, ...final, pausedReason: null },
  })
  requestArchiveRebuild(payload, edition)
  return 'sent'
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
