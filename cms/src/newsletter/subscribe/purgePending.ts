import type { Payload, PayloadRequest } from 'payload'

/**
 * Delete sign-ups never confirmed within `maxAgeDays` (AVG: keep no data without consent), and
 * forget unconfirmed re-subscriptions of unsubscribed or bounced addresses, whose record stays.
 */
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
  await payload.update({
    collection: 'subscribers',
    where: {
      and: [{ status: { in: ['unsubscribed', 'bounced'] } }, { 'resubscribe.signedUpAt': { less_than: cutoff } }],
    },
    data: {
      resubscribe: { signedUpAt: null, form: null, consentText: null, privacyVersion: null },
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
