import { describe, expect, it } from 'vitest'
import { mean, ndcgAt, reciprocalRank } from './metrics'

describe('ndcgAt', () => {
  const grades = { a: 3, b: 2, c: 1 } as const

  it('is 1 for the ideal ranking and for one with unjudged documents after the judged ones', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades)).toBe(1)
    expect(ndcgAt(['a', 'b', 'c', 'x', 'y'], grades)).toBe(1)
  })

  it('uses gain 2^grade − 1 and discount log2(rank + 1)', () => {
    // DCG of [b, a, c] = 3/1 + 7/log2(3) + 1/2; ideal = 7 + 3/log2(3) + 1/2.
    const expected = (3 + 7 / Math.log2(3) + 0.5) / (7 + 3 / Math.log2(3) + 0.5)
    expect(ndcgAt(['b', 'a', 'c'], grades)).toBeCloseTo(expected, 12)
  })

  it('only looks at the first `depth` results, of the ranking and of the ideal', () => {
    const many = { a: 3, b: 3, c: 3, d: 3, e: 3, f: 3 } as const
    expect(ndcgAt(['a', 'b', 'c', 'd', 'e'], many)).toBe(1)
    expect(ndcgAt(['x', 'a', 'b', 'c', 'd', 'e'], many)).toBeLessThan(1)
    expect(ndcgAt(['x', 'a'], { a: 3 }, 1)).toBe(0)
  })

  it('is 0 when nothing judged is found and 1 when nothing is judged', () => {
    expect(ndcgAt(['x', 'y'], grades)).toBe(0)
    expect(ndcgAt([], grades)).toBe(0)
    expect(ndcgAt(['x'], {})).toBe(1)
  })
})

describe('reciprocalRank', () => {
  it('counts the first result graded good (2) or better', () => {
    expect(reciprocalRank(['a'], { a: 3 })).toBe(1)
    expect(reciprocalRank(['x', 'c', 'b'], { b: 2, c: 1 })).toBeCloseTo(1 / 3, 12)
    expect(reciprocalRank(['c', 'x'], { c: 1 })).toBe(0)
    expect(reciprocalRank(['c', 'x'], { c: 1 }, 1)).toBe(1)
  })
})

describe('mean', () => {
  it('averages, NaN for nothing', () => {
    expect(mean([1, 0, 0.5])).toBe(0.5)
    expect(mean([])).toBeNaN()
  })
})
