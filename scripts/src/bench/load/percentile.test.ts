import { describe, expect, it } from 'vitest'
import { percentile } from './percentile'

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1)

  it('gives the nearest-rank value', () => {
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([1, 2, 3], 0)).toBe(1)
  })

  it('is NaN without values', () => {
    expect(percentile([], 95)).toBeNaN()
  })
})
