/**
 * A fixed-window counter per key, in memory: enough for one CMS process. `hit` counts an attempt
 * and tells whether it is still within the limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()

  constructor(
    private readonly limit: () => number,
    private readonly windowMs: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): boolean {
    const now = this.now()
    const windowMs = this.windowMs()
    if (this.windows.size > 10_000) this.sweep(now, windowMs)
    const current = this.windows.get(key)
    if (!current || now - current.startedAt >= windowMs) {
      this.windows.set(key, { startedAt: now, count: 1 })
      return true
    }
    current.count += 1
    return current.count <= this.limit()
  }

  reset(): void {
    this.windows.clear()
  }

  private sweep(now: number, windowMs: number): void {
    for (const [key, entry] of this.windows) if (now - entry.startedAt >= windowMs) this.windows.delete(key)
  }
}
