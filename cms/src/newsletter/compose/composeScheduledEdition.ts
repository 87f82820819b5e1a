import type { Payload, PayloadRequest } from 'payload'
import type { Newsletter } from '@mao/shared/payload-types'
import { newsletterSettings } from '../settings'
import { systemContext } from '../systemContext'
import { collectItems } from './collectItems'
import { itemWindowStart } from './itemWindow'
import { notifyEditors } from './notifyEditors'

export type ComposeOutcome =
  | { created: true; newsletter: Newsletter; notified: number }
  | { created: false; reason: 'open-edition' | 'too-soon' | 'no-items' }

const DAY = 24 * 60 * 60 * 1000

/**
 * The scheduled job's work: create the next draft edition and tell the editors. The cron fires
 * every week; an edition is made when the last one is at least an interval (default 14 days,
 * one day of slack) old, so it comes every other week. Nothing is made while an unsent edition
 * is still open, or when nothing new was published: upcoming events alone (the agenda a previous
 * edition may already have listed) do not make an edition.
 */
export async function composeScheduledEdition(
  payload: Payload,
  now = new Date(),
  req?: PayloadRequest,
): Promise<ComposeOutcome> {
  const { intervalDays } = newsletterSettings()
  const open = await payload.count({
    collection: 'newsletters',
    where: { status: { in: ['draft', 'approved'] } },
    overrideAccess: true,
    req,
  })
  if (open.totalDocs > 0) return { created: false, reason: 'open-edition' }
  const { docs } = await payload.find({
    collection: 'newsletters',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  const last = docs[0]
  if (last && now.getTime() - Date.parse(last.createdAt) < (intervalDays - 1) * DAY)
    return { created: false, reason: 'too-soon' }
  const since = await itemWindowStart(payload, now, req)
  const items = await collectItems(payload, { since, until: now, req })
  if (!items.some((item) => item.relationTo !== 'events')) return { created: false, reason: 'no-items' }
  const newsletter = await payload.create({
    collection: 'newsletters',
    data: {
      status: 'draft',
      periodStart: since.toISOString(),
      periodEnd: now.toISOString(),
      items: items.map((item) => ({ item })),
    },
    depth: 0,
    overrideAccess: true,
    context: systemContext,
    req,
  })
  const notified = await notifyEditors(payload, newsletter)
  return { created: true, newsletter, notified }
}
