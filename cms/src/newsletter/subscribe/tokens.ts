import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_HOURS = 48

const unsubscribeSignature = (secret: string, subscriberId: string | number): string =>
  createHmac('sha256', secret).update(`newsletter-unsubscribe:${subscriberId}`).digest('base64url')

/**
 * The unsubscribe token of editions sent before tokens were stored per subscriber: `<id>.<HMAC>`
 * keyed with PAYLOAD_SECRET. Still honoured for the rows that existed then (see
 * `legacyUnsubscribeLink` on Subscribers); new emails carry the stored random token.
 */
export function legacyUnsubscribeToken(secret: string, subscriberId: string | number): string {
  return `${subscriberId}.${unsubscribeSignature(secret, subscriberId)}`
}

/** The subscriber id in a valid legacy unsubscribe token, or undefined. */
export function verifyLegacyUnsubscribeToken(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined
  const dot = token.lastIndexOf('.')
  if (dot <= 0) return undefined
  const id = token.slice(0, dot)
  const given = Buffer.from(token.slice(dot + 1))
  const expected = Buffer.from(unsubscribeSignature(secret, id))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return id
}
