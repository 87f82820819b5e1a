import type { Payload } from 'payload'
import { recordSentEdition } from '@mao/cms/newsletter'
import type { SeedEdition } from './content/editions'

const FIRST_LOOK_BACK_MS = 14 * 24 * 60 * 60 * 1000

/**
 * Records the archive's editions as sent (numbered 1, 2, 3…, each period starting where the
 * previous one ended), after the news, practices and events they list exist. Nobody is mailed.
 * Matched by number and title, so a second run creates nothing; a database holding any other
 * edition has a real archive and is left alone.
 */
export async function seedEditions(payload: Payload, items: SeedEdition[]): Promise<number> {
  const { docs: existing } = await payload.find({
    collection: 'newsletters',
    pagination: false,
    depth: 0,
    select: { edition: true, title: true },
    overrideAccess: true,
  })
  const ours = (doc: { edition?: number | null; title?: string | null }) =>
    typeof doc.edition === 'number' && items[doc.edition - 1]?.title === doc.title
  if (!existing.every(ours)) return 0
  let created = 0
  let periodStart: Date | undefined
  for (const [index, item] of items.entries()) {
    const edition = index + 1
    const periodEnd = new Date(item.composedAt)
    const start = periodStart ?? new Date(periodEnd.getTime() - FIRST_LOOK_BACK_MS)
    periodStart = periodEnd
    if (existing.some((doc) => doc.edition === edition)) continue
    await recordSentEdition(payload, {
      edition,
      title: item.title,
      intro: item.intro,
      periodStart: start,
      periodEnd,
      sentAt: new Date(item.sentAt),
    })
    created += 1
  }
  return created
}
