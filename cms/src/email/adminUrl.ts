import type { Payload } from 'payload'
import { newsletterSettings } from '../newsletter'

/**
 * An address in the admin for a mail, built from CMS_PUBLIC_URL (else CMS_URL), never from the
 * request: a forged Host header must not put an attacker's domain in front of a reset token.
 */
export function adminUrl(payload: Payload, path: string): string {
  return `${newsletterSettings().cmsPublicUrl}${payload.config.routes.admin}${path}`
}

/** The admin's page that sets a new password with a forgot-password token. */
export const resetPasswordUrl = (payload: Payload, token: string): string =>
  adminUrl(payload, `${payload.config.admin.routes.reset}/${encodeURIComponent(token)}`)
