import { createHmac } from 'node:crypto'
import { payloadSecret } from '../env'

/**
 * The key that signs preview links: PREVIEW_SECRET when set, otherwise derived from
 * PAYLOAD_SECRET, so a leaked preview key never reveals the key that signs logins.
 */
export function previewKey(env: NodeJS.ProcessEnv = process.env): string {
  const own = env.PREVIEW_SECRET?.trim()
  if (own) return own
  return createHmac('sha256', payloadSecret(env)).update('mao-preview-links').digest('base64url')
}
