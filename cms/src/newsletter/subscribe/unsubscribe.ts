import type { Payload } from 'payload'
import type { Subscriber } from '@mao/shared/payload-types'
import { verifyLegacyUnsubscribeToken } from './tokens'

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/

/** The subscriber a link's token belongs to: the stored random token, or a legacy `<id>.<HMAC>`. */
async function subscriberFor(payload: Payload, secret: string, token: string): Promise<Subscriber | undefined> {
  const find = async (where: Parameters<Payload['find']>[0]['where']) =>
    (await payload.find({ collection: 'subscribers', where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (TOKEN.test(token)) return find({ unsubscribeToken: { equals: token } })
  const legacyId = verifyLegacyUnsubscribeToken(secret, token)
  if (legacyId === undefined) return undefined
  // Only rows that existed when such links were sent: a later row with a reused id is someone else.
  return find({ and: [{ id: { equals: legacyId } }, { legacyUnsubscribeLink: { equals: true } }] })
}

/**
 * Unsubscribe the subscriber an unsubscribe token belongs to, at once. False for a token that
 * matches nobody; an address already off the list counts as done.
 */
export async function unsubscribe(payload: Payload, token: unknown, reason: string): Promise<boolean> {
  if (typeof token !== 'string' || token.length > 200) return false
  const subscriber = await subscriberFor(payload, payload.secret, token)
  if (!subscriber) return false
  if (subscriber.status === 'confirmed' || subscriber.status === 'pending') {
    const now = new Date().toISOString()
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {
        status: 'unsubscribed',
        // Only the fact that this address left is kept (privacy statement); the name goes.
        name: null,
        statusChangedAt: now,
        statusReason: reason,
        unsubscribedAt: now,
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
  return true
}
