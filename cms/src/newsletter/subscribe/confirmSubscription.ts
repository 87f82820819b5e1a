import type { Payload } from 'payload'
import { hashToken } from './tokens'

/**
 * Confirm the pending subscriber whose token this is, once: the token hash is cleared, so a
 * second use (or an expired token) confirms nobody.
 */
export async function confirmSubscription(payload: Payload, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return false
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: [{ confirmTokenHash: { equals: hashToken(token) } }, { status: { equals: 'pending' } }] },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (!subscriber?.confirmTokenExpiresAt || Date.parse(subscriber.confirmTokenExpiresAt) <= Date.now()) return false
  const now = new Date().toISOString()
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      statusChangedAt: now,
      statusReason: 'Bevestigd via de knop op de website',
      consent: { ...subscriber.consent, confirmedAt: now },
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    depth: 0,
    overrideAccess: true,
  })
  return true
}
