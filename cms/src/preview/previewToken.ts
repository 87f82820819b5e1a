import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link works after the editor opened the document. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000

export interface PreviewClaim {
  collection: string
  id: string
  /** Milliseconds since the epoch. */
  expiresAt: number
}

const sign = (body: string, key: string): string => createHmac('sha256', key).update(body).digest('base64url')

/** `<claim as base64url JSON>.<HMAC-SHA256>`: opaque in the URL, checked without a database. */
export function signPreviewToken(claim: PreviewClaim, key: string): string {
  const body = Buffer.from(JSON.stringify([claim.collection, claim.id, claim.expiresAt])).toString('base64url')
  return `${body}.${sign(body, key)}`
}

/** The claim of a well-signed, unexpired token; undefined for anything else. */
export function verifyPreviewToken(token: string, key: string, now = Date.now()): PreviewClaim | undefined {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return undefined
  const expected = Buffer.from(sign(body, key))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return undefined
  const [collection, id, expiresAt] = parsed as unknown[]
  if (typeof collection !== 'string' || typeof id !== 'string' || typeof expiresAt !== 'number') return undefined
  if (!(expiresAt > now)) return undefined
  return { collection, id, expiresAt }
}
