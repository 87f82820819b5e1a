import type { Payload } from 'payload'
import { verifyUnsubscribeToken } from './tokens'

/**
 * Unsubscribe the subscriber an unsubscribe token belongs to, at once. False only for a token we
 * did not issue; an address that is already off the list (or was deleted) counts as done.
 */
export async function unsubscribe(payload: Payload, token: unknown, reason: string): Promise<boolean> {
  const id = verifyUnsubscribeToken(payload.secret, token)
  if (id === undefined) return false
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscriber = docs[0]
  if (subscriber && (subscriber.status === 'confirmed' || subscriber.status === 'pending')) {
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: {
        status: 'unsubscribed',
        statusChangedAt: new Date().toISOString(),
        statusReason: reason,
        confirmTokenHash: null,
        confirmTokenExpiresAt: null,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
  return true
}
