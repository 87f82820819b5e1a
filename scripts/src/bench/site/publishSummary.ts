import { percentile } from '../load/percentile'
import type { PublishTiming } from './results'

export interface PublishSummary {
  /** Publish → live, seconds. */
  p50: number
  p90: number
  max: number
  /**
   * Medians of the parts: the save request, the wait until the build was queued (the debounce),
   * queued → the CMS switched to the new release, switched → the site served the new page.
   */
  save: number
  wait: number
  build: number
  switchToServed: number
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

/** Percentiles of publish → live and the median of each part of it. */
export function summarisePublishes(timings: readonly PublishTiming[]): PublishSummary {
  const live = timings.map((t) => t.liveSeconds).sort((a, b) => a - b)
  return {
    p50: percentile(live, 50),
    p90: percentile(live, 90),
    max: live.at(-1) ?? Number.NaN,
    save: median(timings.map((t) => t.savedSeconds)),
    wait: median(timings.map((t) => t.queuedSeconds - t.savedSeconds)),
    build: median(timings.map((t) => t.releasedSeconds - t.queuedSeconds)),
    switchToServed: median(timings.map((t) => t.liveSeconds - t.releasedSeconds)),
  }
}
