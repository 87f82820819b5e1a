import { describe, expect, it } from 'vitest'
import { backoffDelay, parseRetryAfter } from './backoff'
import { classifyResendError } from './classifyResendError'

describe('backoff', () => {
  it('doubles per attempt within jitter and stops at the cap', () => {
    const low = (attempt: number) => backoffDelay(attempt, { baseMs: 100, maxMs: 1000, random: () => 0 })
    const high = (attempt: number) => backoffDelay(attempt, { baseMs: 100, maxMs: 1000, random: () => 1 })
    expect([1, 2, 3, 4, 5].map(low)).toEqual([50, 100, 200, 400, 500])
    expect([1, 2, 3, 4, 5].map(high)).toEqual([100, 200, 400, 800, 1000])
  })

  it('never waits less than retry-after', () => {
    expect(backoffDelay(1, { baseMs: 100, maxMs: 1000, retryAfterSeconds: 3, random: () => 0.5 })).toBe(3000)
  })

  it('reads retry-after as seconds or as a date', () => {
    expect(parseRetryAfter('2')).toBe(2)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(undefined)).toBeUndefined()
  })
})

describe('Resend errors', () => {
  it.each([
    [{ name: 'application_error', statusCode: null }, 'retry'],
    [{ name: 'rate_limit_exceeded', statusCode: 429 }, 'retry'],
    [{ name: 'internal_server_error', statusCode: 500 }, 'retry'],
    [{ name: 'application_error', statusCode: 502 }, 'retry'],
    [{ name: 'concurrent_idempotent_requests', statusCode: 409 }, 'retry'],
    [{ name: 'daily_quota_exceeded', statusCode: 429 }, 'stop'],
    [{ name: 'invalid_api_key', statusCode: 403 }, 'stop'],
    [{ name: 'missing_api_key', statusCode: 401 }, 'stop'],
    [{ name: 'validation_error', statusCode: 422 }, 'reject'],
    [{ name: 'invalid_idempotent_request', statusCode: 409 }, 'reject'],
  ] as const)('%j is %s', (error, kind) => {
    expect(classifyResendError({ ...error, message: '' })).toBe(kind)
  })
})
