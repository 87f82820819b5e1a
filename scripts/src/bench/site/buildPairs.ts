/** One pair of cold builds run one after the other: ours, then the bare reference (seconds). */
export interface BuildPair {
  ours: number
  bare: number
  /** CPU time of each build (all threads), when both processes reported it. */
  cpu?: { ours: number; bare: number }
}

type Timed = { seconds: number; cpuSeconds: number | undefined }

/** The pair of two builds' measurements. */
export function buildPair(ours: Timed, bare: Timed): BuildPair {
  return {
    ours: ours.seconds,
    bare: bare.seconds,
    ...(ours.cpuSeconds !== undefined && bare.cpuSeconds !== undefined
      ? { cpu: { ours: ours.cpuSeconds, bare: bare.cpuSeconds } }
      : {}),
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The median of the pairs' ratios (ours / bare; the mean of the middle two for an even count).
 * Each pair ran close together, so a slow spell of the machine weighs on both halves of a ratio:
 * the same cold build at 10,000 documents took 36–54 s over two days here.
 */
export function medianRatio(pairs: readonly BuildPair[]): number {
  return median(pairs.map((pair) => pair.ours / pair.bare))
}

/**
 * The same median for the builds' CPU time, over the pairs that have it. Both builds use both
 * cores part of the time, so this is what running the pages in parallel could not change.
 */
export function medianCpuRatio(pairs: readonly BuildPair[]): number {
  return median(pairs.flatMap(({ cpu }) => (cpu ? [cpu.ours / cpu.bare] : [])))
}
