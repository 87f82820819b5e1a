import type { Payload, PayloadRequest } from 'payload'

/** Delete sign-ups never confirmed within `maxAgeDays` (AVG: keep no data without consent). */
export async function purgePending(
  payload: Payload,
  maxAgeDays: number,
  now = new Date(),
  req?: PayloadRequest,
): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'pending' } }, { 'consent.signedUpAt': { less_than: cutoff } }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
