import { describe, expect, it } from 'vitest'
import { summarisePublishes } from './publishSummary'

describe('summarisePublishes', () => {
  it('gives nearest-rank percentiles of publish → live and the median of each part', () => {
    const timings = [13, 8, 9, 10, 11, 12, 7, 14, 16, 15].map((live, index) => ({
      savedSeconds: 0.1 * (index + 1),
      queuedSeconds: 0.1 * (index + 1) + 3,
      releasedSeconds: live - 0.2,
      liveSeconds: live,
    }))
    const summary = summarisePublishes(timings)
    expect(summary).toMatchObject({ p50: 11, p90: 15, max: 16 })
    expect(summary.save).toBeCloseTo(0.5)
    expect(summary.wait).toBeCloseTo(3)
    // released − queued, sorted: 3.1, 4.6, 5.5, 6.4, 7.3, 8.2, 9.7, 10.0, 10.8, 11.9 → nearest-rank median 7.3
    expect(summary.build).toBeCloseTo(7.3)
    expect(summary.switchToServed).toBeCloseTo(0.2)
  })

  it('is NaN without publishes', () => {
    expect(summarisePublishes([]).p50).toBeNaN()
    expect(summarisePublishes([]).max).toBeNaN()
  })
})
