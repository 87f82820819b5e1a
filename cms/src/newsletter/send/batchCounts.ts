import type { Payload } from 'payload'

export type Progress = { total: number; sent: number; failed: number; uncertain: number }

type Row = { status: string; size: number; failed?: number | null }

/**
 * Recipients of an edition by outcome, counted from its batches (cheap: at most 100 rows per
 * 10,000). A sent batch can hold recipients Resend refused one by one (`failed`).
 */
export async function batchCounts(payload: Payload, newsletterId: number | string): Promise<Progress> {
  const { docs } = await payload.db.find<Row>({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: newsletterId } },
    pagination: false,
    limit: 0,
    select: { status: true, size: true, failed: true },
  })
  const sum = (pick: (row: Row) => number) => docs.reduce((total, row) => total + pick(row), 0)
  return {
    total: sum((row) => row.size),
    sent: sum((row) => (row.status === 'sent' ? row.size - (row.failed ?? 0) : 0)),
    failed: sum((row) => (row.status === 'failed' ? row.size : row.status === 'sent' ? (row.failed ?? 0) : 0)),
    uncertain: sum((row) => (row.status === 'uncertain' ? row.size : 0)),
  }
}
