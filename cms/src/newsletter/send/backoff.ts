/**
 * Exponential backoff with jitter: attempt 1 waits about `base`, each next attempt twice as long,
 * capped at `max`; the wait is drawn from the upper half of that span so concurrent senders spread
 * out. A server's retry-after (seconds) is a minimum.
 */
export function backoffDelay(
  attempt: number,
  {
    baseMs,
    maxMs,
    retryAfterSeconds,
    random = Math.random,
  }: { baseMs: number; maxMs: number; retryAfterSeconds?: number; random?: () => number },
): number {
  const span = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  const jittered = Math.round(span / 2 + random() * (span / 2))
  const floor = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0
  return Math.max(jittered, floor)
}

/** `retry-after` as seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}
