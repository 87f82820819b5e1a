/**
 * Calls `check` every `intervalMs` until it gives a value; rejects when `check` throws or after
 * `timeoutMs`, naming `what` was awaited.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { intervalMs, timeoutMs, what }: { intervalMs: number; timeoutMs: number; what: string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() >= deadline) throw new Error(`Gave up waiting after ${timeoutMs / 1000} s for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
