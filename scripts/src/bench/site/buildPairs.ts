/** One pair of cold builds run one after the other: ours, then the bare reference (seconds). */
export interface BuildPair {
  ours: number
  bare: number
}

/**
 * The median of the pairs' ratios (ours / bare; the mean of the middle two for an even count).
 * Each pair ran close together, so a slow spell of the machine weighs on both halves of a ratio:
 * the same cold build at 10,000 documents took 36–54 s over two days here.
 */
export function medianRatio(pairs: readonly BuildPair[]): number {
  const ratios = pairs.map((pair) => pair.ours / pair.bare).sort((a, b) => a - b)
  if (ratios.length === 0) return Number.NaN
  const middle = Math.floor(ratios.length / 2)
  return ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2
}
