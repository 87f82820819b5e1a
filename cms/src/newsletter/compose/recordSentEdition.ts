import type { Payload } from 'payload'
import type { Newsletter } from '@mao/shared/payload-types'
import { renderEdition } from '../edition/renderEdition'
import { systemContext } from '../systemContext'
import { collectItems } from './collectItems'

export type PastEdition = {
  edition: number
  title: string
  intro: string
  /** The window of its news and practices; its agenda is the weeks after `periodEnd`. */
  periodStart: Date
  periodEnd: Date
  sentAt: Date
}

/**
 * Records an edition as sent without mailing anyone (the seed's archive): the items the scheduled
 * job would have collected at `periodEnd`, and the frozen copy the real renderer makes, dated
 * `sentAt`. No batches, no recipients, no Resend call. Local API only: the status guard lets this
 * through because of the system context, which REST requests cannot set.
 */
export async function recordSentEdition(payload: Payload, past: PastEdition): Promise<Newsletter> {
  const { edition, title, intro, periodStart, periodEnd, sentAt } = past
  const items = (await collectItems(payload, { since: periodStart, until: periodEnd })).map((item) => ({ item }))
  const { subject, html, text } = await renderEdition(payload, { edition, title, intro, items }, sentAt)
  return payload.create({
    collection: 'newsletters',
    data: {
      edition,
      title,
      intro,
      items,
      status: 'sent',
      periodStart: periodStart.toISOString(),
      periodEnd: periodEnd.toISOString(),
      sentAt: sentAt.toISOString(),
      // Composed when its period ended: the schedule's "at most every other week" counts from here.
      createdAt: periodEnd.toISOString(),
      progress: { total: 0, sent: 0, failed: 0, uncertain: 0 },
      snapshot: { subject, html, text, recipientsComplete: true },
      sendLog: [{ at: sentAt.toISOString(), message: 'Als verstuurd vastgelegd voor het archief; niet gemaild.' }],
    },
    depth: 0,
    overrideAccess: true,
    context: { ...systemContext, seeding: true },
  })
}
