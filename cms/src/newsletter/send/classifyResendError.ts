/** Error object the Resend SDK returns (it never throws for API or network failures). */
export type ResendError = { name: string; message: string; statusCode: number | null }

/**
 * - `retry`: nothing or not everything happened for sure (network, timeout, 429, 5xx, a request
 *   with the same idempotency key still running): try again with the same idempotency key.
 * - `stop`: retrying cannot help until someone acts (API key, quota): pause the whole send.
 * - `reject`: Resend refused this request for good (validation): record it as failed.
 * - `uncertain`: Resend already knows this idempotency key for another payload (409
 *   `invalid_idempotent_request`): the batch may have gone out in another form, and retrying
 *   the key cannot tell. Neither failed nor sent: an editor decides.
 */
export type ResendErrorKind = 'retry' | 'stop' | 'reject' | 'uncertain'

const RETRY_NAMES = new Set([
  'rate_limit_exceeded',
  'internal_server_error',
  'application_error',
  'concurrent_idempotent_requests',
])
const STOP_NAMES = new Set([
  'missing_api_key',
  'invalid_api_key',
  'restricted_api_key',
  'daily_quota_exceeded',
  'monthly_quota_exceeded',
  'invalid_access',
  'security_error',
])

export function classifyResendError(error: ResendError): ResendErrorKind {
  if (STOP_NAMES.has(error.name)) return 'stop'
  if (error.name === 'invalid_idempotent_request') return 'uncertain'
  const status = error.statusCode
  if (status === null || status === undefined)
    return RETRY_NAMES.has(error.name) || status === null ? 'retry' : 'reject'
  if (status === 401 || status === 403) return 'stop'
  if (status === 429 || status >= 500) return 'retry'
  if (status === 409) return error.name === 'concurrent_idempotent_requests' ? 'retry' : 'uncertain'
  return 'reject'
}
