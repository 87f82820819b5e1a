import { hashToken, randomToken } from '../../forms'

/** How long the confirmation link works. */
export const CONFIRM_TOKEN_HOURS = 48

/** A fresh confirmation token for the email, and what is stored of it: its hash and expiry. */
export function newConfirmToken(now = new Date()): {
  token: string
  confirmTokenHash: string
  confirmTokenExpiresAt: string
} {
  const token = randomToken()
  return {
    token,
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TOKEN_HOURS * 3600_000).toISOString(),
  }
}
