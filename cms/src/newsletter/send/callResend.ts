import { backoffDelay, parseRetryAfter } from './backoff'
import { classifyResendError, type ResendError } from './classifyResendError'
import type { Pacer } from './pacer'

export type ResendResult<T> = { data: T | null; error: ResendError | null; headers: Record<string, string> | null }

export type CallOutcome<T> =
  | { ok: true; data: T; attempts: number }
  /** `lost`: `beforeRequest` said no (the sender lost its lease); nothing went out in that attempt. */
  | { ok: false; kind: 'stop' | 'reject' | 'uncertain' | 'exhausted' | 'lost'; error: ResendError; attempts: number }

export type CallOptions = {
  pacer: Pacer
  maxAttempts: number
  timeoutMs: number
  backoffBaseMs: number
  backoffMaxMs: number
  /** Called before each retry with what went wrong and how long we wait. */
  onRetry?: (info: { attempt: number; error: ResendError; delayMs: number }) => void | Promise<void>
  /** Waits (defaults to a timer); the sender uses it to keep its lease alive during long waits. */
  wait?: (ms: number) => Promise<void>
  /** Runs right before each request leaves; false stops (the sender renews its lease here). */
  beforeRequest?: () => Promise<boolean>
}

const LEASE_LOST: ResendError = { name: 'lease_lost', message: 'Verzendclaim verloren', statusCode: null }

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * One Resend request with pacing (by the rate-limit headers of each answer, see Pacer), a timeout,
 * and retries with exponential backoff on 429, 5xx and network errors, honouring retry-after. The
 * caller passes the same idempotency key on every attempt (inside `request`), so a retry after a
 * lost response is not a second send.
 */
export async function callResend<T>(
  request: (signal: AbortSignal) => Promise<ResendResult<T>>,
  options: CallOptions,
): Promise<CallOutcome<T>> {
  const wait = options.wait ?? timer
  for (let attempt = 1; ; attempt += 1) {
    const ticket = await options.pacer.take()
    if (options.beforeRequest && !(await options.beforeRequest()))
      return { ok: false, kind: 'lost', error: LEASE_LOST, attempts: attempt - 1 }
    options.pacer.departed(ticket)
    let result: ResendResult<T>
    try {
      result = await request(AbortSignal.timeout(options.timeoutMs))
    } catch (error) {
      // The SDK catches network errors itself; this is a timeout abort or a bug in our request.
      result = {
        data: null,
        error: { name: 'application_error', message: String(error), statusCode: null },
        headers: null,
      }
    }
    options.pacer.observe(ticket, result.headers)
    if (!result.error && result.data !== null) {
      options.pacer.recover()
      return { ok: true, data: result.data, attempts: attempt }
    }
    const error: ResendError = result.error ?? {
      name: 'application_error',
      message: 'Leeg antwoord van Resend',
      statusCode: null,
    }
    const kind = classifyResendError(error)
    if (kind !== 'retry') return { ok: false, kind, error, attempts: attempt }
    if (attempt >= options.maxAttempts) return { ok: false, kind: 'exhausted', error, attempts: attempt }
    const retryAfterSeconds = parseRetryAfter(result.headers?.['retry-after'])
    const delayMs = backoffDelay(attempt, {
      baseMs: options.backoffBaseMs,
      maxMs: options.backoffMaxMs,
      retryAfterSeconds,
    })
    if (error.statusCode === 429) options.pacer.holdUntil(Date.now() + delayMs)
    await options.onRetry?.({ attempt, error, delayMs })
    await wait(delayMs)
  }
}
