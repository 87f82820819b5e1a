/** Deterministic pseudo-random numbers (mulberry32), so generated content is the same on every run. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const result: T[] = []
    while (result.length < count && pool.length > 0) result.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
    return result
  }
  return { next, int, pick, sample }
}

export type Random = ReturnType<typeof createRandom>
