import type { Payload } from 'payload'
import type { Subscriber } from '@mao/shared/payload-types'
import { hashToken } from '../../http/linkTokens'

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined)

/** The status reason after confirming, naming an earlier unsubscribe or bounce. */
function confirmedReason(subscriber: Subscriber): string {
  if (subscriber.status === 'pending') return 'Bevestigd via de knop op de website'
  const before =
    subscriber.status === 'bounced'
      ? `eerder onbestelbaar${day(subscriber.bouncedAt) ? ` op ${day(subscriber.bouncedAt)}` : ''}`
      : `eerder afgemeld${day(subscriber.unsubscribedAt) ? ` op ${day(subscriber.unsubscribedAt)}` : ''}`
  return `Opnieuw aangemeld en bevestigd via de knop op de website (${before})`
}

/**
 * Confirm the sign-up whose token this is, once: the token hash is cleared, so a second use (or
 * an expired token) confirms nobody. A re-subscription of an unsubscribed or bounced address
 * makes its pending terms the consent; unsubscribedAt / bouncedAt stay as history.
 */
export async function confirmSubscription(payload: Payload, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return false
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { confirmTokenHash: { equals: hashToken(token) } },
        { status: { in: ['pending', 'unsubscribed', 'bounced'] } },
      ],
    },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (!subscriber?.confirmTokenExpiresAt || Date.parse(subscriber.confirmTokenExpiresAt) <= Date.now()) return false
  const now = new Date().toISOString()
  const terms = subscriber.status === 'pending' ? subscriber.consent : subscriber.resubscribe
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      statusChangedAt: now,
      statusReason: confirmedReason(subscriber),
      consent: { ...terms, confirmedAt: now },
      resubscribe: { signedUpAt: null, form: null, consentText: null, privacyVersion: null },
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
    depth: 0,
    overrideAccess: true,
  })
  return true
}
