/** What a Resend answer says about the rate limit, read from its headers. */
export type RateLimitState = {
  /** `ratelimit-limit`: requests allowed within one window. */
  limit: number
  /** `ratelimit-remaining`: requests left in the current window, this one counted. */
  remaining: number
  /** `ratelimit-reset`: seconds until the limit is reset (whole seconds, so coarse for a 1 s window). */
  resetSeconds: number
}

const whole = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined
  const number = Number(value)
  return Number.isFinite(number) && number >= 0 ? number : undefined
}

/**
 * Resend sends `ratelimit-limit`, `ratelimit-remaining` and `ratelimit-reset` on every answer (IETF
 * draft 06 names, delta seconds). Undefined when limit or remaining is missing or unreadable, as
 * behind a proxy that strips them: the pacer then falls back to its fixed gap. A missing reset reads
 * as one second, Resend's window ("requests per second").
 */
export function readRateLimit(headers: Record<string, string> | null | undefined): RateLimitState | undefined {
  if (!headers) return undefined
  const limit = whole(headers['ratelimit-limit'])
  const remaining = whole(headers['ratelimit-remaining'])
  if (limit === undefined || limit < 1 || remaining === undefined) return undefined
  return { limit, remaining: Math.min(remaining, limit), resetSeconds: whole(headers['ratelimit-reset']) ?? 1 }
}
