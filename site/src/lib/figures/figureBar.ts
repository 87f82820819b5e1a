/** Where a figure's bar and its target mark stand, as fractions of the chart's width. */
export interface FigureBar {
  /** Share of the width the value fills, 0–1. */
  fill: number
  /** Position of the target mark, 0–1: at the end when the target is the larger number. */
  targetAt: number
  /** Whole percent of the target reached, rounded down (199 of 200 is 99%, not 100%). */
  percent: number
  reached: boolean
}

/**
 * The chart scales to the larger of value and target, so a value past its target fills the width
 * and the mark shows where the target was. Without a target (null, or not above zero) there is
 * nothing to set the value against: no chart.
 */
export function figureBar(value: number, target: number | null): FigureBar | null {
  if (target === null || !(target > 0)) return null
  const count = Math.max(0, value)
  const scale = Math.max(count, target)
  return {
    fill: count / scale,
    targetAt: target / scale,
    percent: Math.floor((count / target) * 100),
    reached: count >= target,
  }
}
