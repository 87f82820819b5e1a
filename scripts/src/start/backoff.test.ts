import { describe, expect, it } from 'vitest'
import { createBackoff, defaultBackoff } from './backoff'

describe('createBackoff', () => {
  it('doubles from 1 s to at most 30 s while the process keeps crashing soon after starting', () => {
    const backoff = createBackoff()
    const delays = Array.from({ length: 8 }, () => backoff.next(500))
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000])
  })

  it('starts again from 1 s after a run that lasted a minute', () => {
    const backoff = createBackoff()
    for (let i = 0; i < 5; i++) backoff.next(100)
    expect(backoff.next(defaultBackoff.resetAfterMs)).toBe(1_000)
    expect(backoff.next(100)).toBe(2_000)
  })

  it('keeps growing after a run just short of a minute', () => {
    const backoff = createBackoff()
    backoff.next(100)
    expect(backoff.next(defaultBackoff.resetAfterMs - 1)).toBe(2_000)
  })

  it('follows a custom policy', () => {
    const backoff = createBackoff({ initialMs: 10, maxMs: 25, resetAfterMs: 1_000 })
    expect([backoff.next(0), backoff.next(0), backoff.next(0)]).toEqual([10, 20, 25])
  })
})
