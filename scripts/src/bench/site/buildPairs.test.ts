import { describe, expect, it } from 'vitest'
import { buildPair, medianCpuRatio, medianRatio } from './buildPairs'

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

describe('buildPair', () => {
  it('keeps both builds’ CPU time when both processes reported it', () => {
    expect(buildPair({ seconds: 40, cpuSeconds: 52 }, { seconds: 8, cpuSeconds: 11 })).toEqual({
      ours: 40,
      bare: 8,
      cpu: { ours: 52, bare: 11 },
    })
  })

  it('leaves the CPU time out when one of them did not', () => {
    expect(buildPair({ seconds: 40, cpuSeconds: 52 }, { seconds: 8, cpuSeconds: undefined })).toEqual({
      ours: 40,
      bare: 8,
    })
  })
})

describe('medianCpuRatio', () => {
  it('takes the median over the pairs with CPU times only', () => {
    const pairs = [
      { ours: 40, bare: 8, cpu: { ours: 60, bare: 10 } },
      { ours: 40, bare: 8 },
      { ours: 40, bare: 8, cpu: { ours: 40, bare: 10 } },
    ]
    expect(medianCpuRatio(pairs)).toBe(5)
    expect(medianRatio(pairs)).toBe(5)
  })

  it('is not a number when no pair has them', () => {
    expect(medianCpuRatio([{ ours: 40, bare: 8 }])).toBeNaN()
  })
})
