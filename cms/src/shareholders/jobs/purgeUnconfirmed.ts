import type { Payload, PayloadRequest } from 'payload'
import { SHAREHOLDER_APPLICATIONS } from '../slug'

/** Unconfirmed applications are kept this long (AVG: no data kept without a confirmed address). */
export const UNCONFIRMED_MAX_AGE_DAYS = 7

/** Deletes applications never confirmed within the week; returns how many. */
export async function purgeUnconfirmed(payload: Payload, now = new Date(), req?: PayloadRequest): Promise<number> {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_MAX_AGE_DAYS * 24 * 3600_000).toISOString()
  const { docs } = await payload.delete({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ status: { equals: 'unconfirmed' } }, { createdAt: { less_than: cutoff } }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
