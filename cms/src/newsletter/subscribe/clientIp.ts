/**
 * The client address for rate limiting: the last X-Forwarded-For entry (added by our own proxy,
 * so a client cannot choose it), else X-Real-IP, else one shared bucket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown'
}
