import { describe, expect, it } from 'vitest'
import { medianRatio } from './buildPairs'

describe('medianRatio', () => {
  it('is the ratio of the one pair there is', () => {
    expect(medianRatio([{ ours: 30, bare: 10 }])).toBe(3)
  })

  it('takes the middle ratio of an odd count, not the ratio of the medians', () => {
    // Ratios 6, 3 and 4: the median is 4. Medians of the halves (30 / 10) would say 3.
    const pairs = [
      { ours: 60, bare: 10 },
      { ours: 30, bare: 10 },
      { ours: 20, bare: 5 },
    ]
    expect(medianRatio(pairs)).toBe(4)
  })

  it('averages the middle two of an even count', () => {
    expect(
      medianRatio([
        { ours: 20, bare: 10 },
        { ours: 50, bare: 10 },
        { ours: 30, bare: 10 },
        { ours: 40, bare: 10 },
      ]),
    ).toBe(3.5)
  })

  it('is not a number without pairs', () => {
    expect(medianRatio([])).toBeNaN()
  })
})
