import { describe, expect, it } from 'vitest'
import { summarisePublishes } from './publishSummary'

describe('summarisePublishes', () => {
  it('gives nearest-rank percentiles of publish → live and the median of each part', () => {
    const timings = [13, 8, 9, 10, 11, 12, 7, 14, 16, 15].map((live, index) => ({
      savedSeconds: 0.1 * (index + 1),
      queuedSeconds: 0.1 * (index + 1) + 3,
      liveSeconds: live,
    }))
    const summary = summarisePublishes(timings)
    expect(summary).toMatchObject({ p50: 11, p90: 15, max: 16 })
    expect(summary.save).toBeCloseTo(0.5)
    expect(summary.wait).toBeCloseTo(3)
    // live − queued, sorted: 3.3, 4.8, 5.7, 6.6, 7.5, 8.4, 9.9, 10.2, 11.0, 12.1 → nearest-rank median 7.5
    expect(summary.buildToLive).toBeCloseTo(7.5)
  })

  it('is NaN without publishes', () => {
    expect(summarisePublishes([]).p50).toBeNaN()
    expect(summarisePublishes([]).max).toBeNaN()
  })
})
