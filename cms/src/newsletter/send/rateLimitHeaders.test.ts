import { describe, expect, it } from 'vitest'
import { readRateLimit } from './rateLimitHeaders'

describe('reading the rate-limit headers', () => {
  it("reads Resend's limit, remaining and reset", () => {
    expect(
      readRateLimit({ 'ratelimit-limit': '5', 'ratelimit-remaining': '3', 'ratelimit-reset': '1', 'retry-after': '1' }),
    ).toEqual({ limit: 5, remaining: 3, resetSeconds: 1 })
  })

  it('takes a missing reset as one second and never more remaining than the limit', () => {
    expect(readRateLimit({ 'ratelimit-limit': '2', 'ratelimit-remaining': '7' })).toEqual({
      limit: 2,
      remaining: 2,
      resetSeconds: 1,
    })
  })

  it('gives nothing when the headers are missing or unreadable', () => {
    expect(readRateLimit(null)).toBeUndefined()
    expect(readRateLimit({ 'content-type': 'application/json' })).toBeUndefined()
    expect(readRateLimit({ 'ratelimit-limit': '5' })).toBeUndefined()
    expect(readRateLimit({ 'ratelimit-limit': 'many', 'ratelimit-remaining': '1' })).toBeUndefined()
    expect(readRateLimit({ 'ratelimit-limit': '0', 'ratelimit-remaining': '0' })).toBeUndefined()
  })
})
