import { describe, expect, it } from 'vitest'
import type { QueryScore } from './evaluate'
import { worseThan } from './run'

const score = (query: string, ndcg: number, rr: number): QueryScore => ({ query, class: 'topic', ndcg, rr, top: [] })

describe('worseThan', () => {
  it('lists the queries whose nDCG@5 or reciprocal rank dropped, ignoring new queries', () => {
    const before = [score('a', 1, 1), score('b', 0.5, 1), score('c', 0.8, 1)]
    const now = [score('a', 0.9, 1), score('b', 0.7, 1), score('c', 0.8, 0.5), score('new', 0, 0)]
    expect(worseThan(before, now).map((w) => w.query)).toEqual(['a', 'c'])
  })
})
