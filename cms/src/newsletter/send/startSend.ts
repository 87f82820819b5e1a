import type { Payload } from 'payload'
import { renderEdition } from '../edition/renderEdition'
import { newsletterSettings } from '../settings'
import { checkSiteBuild } from './checkSiteBuild'
import { acquireLease, releaseLease } from './lease'
import { envelopeOf } from './personaliseEmail'
import { runSend } from './runSend'
import { appendSendLog } from './sendLog'

export class SendRefusedError extends Error {
  override name = 'SendRefusedError'
  constructor(
    message: string,
    readonly status = 409,
  ) {
    super(message)
  }
}

const starting = new Set<string>()

/**
 * Start sending an approved edition: check that the site build containing its items succeeded,
 * render it once, mark it `sending` and start the sender in the background, which freezes the
 * recipients into batches as it goes. Everything after the status change is resumable by `resumeSends`.
 */
export async function startSend(
  payload: Payload,
  requestedId: number | string,
  startedBy: string,
): Promise<{ total: number; batches: number; warning?: string; run: Promise<unknown> }> {
  const key = String(requestedId)
  if (starting.has(key)) throw new SendRefusedError('Deze nieuwsupdate wordt al gestart.')
  starting.add(key)
  try {
    const settings = newsletterSettings()
    if (!settings.resendApiKey)
      throw new SendRefusedError('RESEND_API_KEY is niet ingesteld: versturen is niet mogelijk.', 503)
    const doc = await payload.findByID({
      collection: 'newsletters',
      id: requestedId,
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
    })
    const { id } = doc // as stored (a number on SQLite), not the string from the URL
    if (doc.status !== 'approved') {
      throw new SendRefusedError(
        doc.status === 'draft'
          ? 'Keur de nieuwsupdate eerst goed (status "Goedgekeurd") en sla op; daarna kun je versturen.'
          : 'Deze nieuwsupdate wordt al verstuurd of is al verstuurd.',
      )
    }
    const build = await checkSiteBuild(payload, doc)
    if (!build.ok) throw new SendRefusedError(build.message)
    const rendered = await renderEdition(payload, doc)
    if (rendered.itemCount === 0)
      throw new SendRefusedError('Geen van de onderdelen is gepubliceerd: er is niets te versturen.')
    // The claim first: no resume in this or another process sends before this one has started.
    const lease = await acquireLease(payload, id, settings.leaseMs)
    if (!lease) throw new SendRefusedError('Deze nieuwsupdate wordt al verstuurd.')
    let total: number
    let batches: number
    try {
      // What the editor is told, and the total shown until the sender has frozen every recipient.
      ;({ totalDocs: total } = await payload.db.count({
        collection: 'subscribers',
        where: { status: { equals: 'confirmed' } },
      }))
      batches = Math.ceil(total / settings.batchSize)
      // One write for the status and the log line: every write before the first email delays it
      // (about 50 ms each in `pnpm bench newsletter`).
      await appendSendLog(
        payload,
        id,
        `Versturen gestart door ${startedBy}: ${total} ontvangers in ${batches} batches.`,
        {
          status: 'sending',
          snapshot: {
            subject: rendered.subject,
            html: rendered.html,
            text: rendered.text,
            envelope: envelopeOf(settings),
            recipientsComplete: false,
          },
          progress: {
            total,
            sent: 0,
            failed: 0,
            uncertain: 0,
            startedAt: new Date().toISOString(),
            pausedReason: null,
          },
        },
      )
      if (build.warning) await appendSendLog(payload, id, build.warning)
    } catch (error) {
      await releaseLease(payload, lease)
      throw error
    }
    const run = runSend(payload, id, { lease }).catch((error: unknown) =>
      payload.logger.error({ err: error, msg: `Nieuwsupdate ${id}: versturen onderbroken` }),
    )
    return { total, batches, warning: build.warning, run }
  } finally {
    starting.delete(key)
  }
}
