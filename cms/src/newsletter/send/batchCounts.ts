import type { Payload } from 'payload'

export type Progress = { total: number; sent: number; failed: number }

/** Recipients of an edition by batch outcome, counted from its batches (cheap: at most 100 rows per 10,000). */
export async function batchCounts(payload: Payload, newsletterId: number | string): Promise<Progress> {
  const { docs } = await payload.db.find<{ status: string; size: number }>({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: newsletterId } },
    pagination: false,
    limit: 0,
    select: { status: true, size: true },
  })
  const sum = (status?: string) =>
    docs.filter((doc) => !status || doc.status === status).reduce((total, doc) => total + doc.size, 0)
  return { total: sum(), sent: sum('sent'), failed: sum('failed') }
}
