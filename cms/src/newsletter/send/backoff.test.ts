import { describe, expect, it } from 'vitest'
import { backoffDelay, parseRetryAfter } from './backoff'

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
