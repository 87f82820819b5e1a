import type { Payload } from 'payload'

export type UncertainBatch = { number: number; size: number; firstAttemptAt: string | null; error: string | null }

/** The batches of an edition waiting for an editor's decision (no addresses: editors see counts). */
export async function uncertainBatches(payload: Payload, newsletterId: number | string): Promise<UncertainBatch[]> {
  const { docs } = await payload.db.find<UncertainBatch>({
    collection: 'newsletter-batches',
    where: { and: [{ newsletter: { equals: newsletterId } }, { status: { equals: 'uncertain' } }] },
    sort: 'number',
    pagination: false,
    limit: 0,
    select: { number: true, size: true, firstAttemptAt: true, error: true },
  })
  return docs.map(({ number, size, firstAttemptAt, error }) => ({
    number,
    size,
    firstAttemptAt: firstAttemptAt ?? null,
    error: error ?? null,
  }))
}
