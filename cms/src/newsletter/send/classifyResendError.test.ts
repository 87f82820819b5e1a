import { describe, expect, it } from 'vitest'
import { classifyResendError } from './classifyResendError'

describe('classifyResendError', () => {
  it.each([
    [{ name: 'rate_limit_exceeded', statusCode: 429 }, 'retry'],
    [{ name: 'internal_server_error', statusCode: 500 }, 'retry'],
    [{ name: 'application_error', statusCode: null }, 'retry'],
    [{ name: 'application_error', statusCode: 502 }, 'retry'],
    [{ name: 'missing_api_key', statusCode: 401 }, 'stop'],
    [{ name: 'concurrent_idempotent_requests', statusCode: 409 }, 'retry'],
    // Same key, another payload: maybe sent in another form; never a permanent failure.
    [{ name: 'invalid_idempotent_request', statusCode: 409 }, 'uncertain'],
    [{ name: 'some_new_conflict', statusCode: 409 }, 'uncertain'],
    [{ name: 'invalid_api_key', statusCode: 403 }, 'stop'],
    [{ name: 'daily_quota_exceeded', statusCode: 429 }, 'stop'],
    [{ name: 'validation_error', statusCode: 422 }, 'reject'],
  ] as const)('%j is %s', (error, kind) => {
    expect(classifyResendError({ message: '', ...error })).toBe(kind)
  })
})
