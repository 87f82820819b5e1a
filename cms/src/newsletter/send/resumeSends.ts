import type { Payload } from 'payload'
import { runSend, type RunOutcome } from './runSend'

/**
 * Go on with every edition left in status `sending` (after a crash, a restart or a pause).
 * Cheap when there is nothing to do; an edition another live process is sending is skipped.
 */
export async function resumeSends(payload: Payload): Promise<Record<string, RunOutcome>> {
  const { docs } = await payload.find({
    collection: 'newsletters',
    where: { status: { equals: 'sending' } },
    sort: 'edition',
    pagination: false,
    depth: 0,
    select: { edition: true },
    overrideAccess: true,
  })
  const outcomes: Record<string, RunOutcome> = {}
  for (const doc of docs) outcomes[String(doc.id)] = await runSend(payload, doc.id)
  return outcomes
}
