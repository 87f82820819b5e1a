export type BackoffPolicy = {
  /** Wait before the first restart after a crash. */
  initialMs: number
  /** The wait doubles per crash up to this. */
  maxMs: number
  /** A process that stayed up this long counts as healthy: the next crash starts from initialMs again. */
  resetAfterMs: number
}

export const defaultBackoff: BackoffPolicy = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 }

/**
 * Restart delays for a crashing process: 1 s, 2 s, 4 s … up to 30 s while it keeps crashing
 * soon after starting, back to 1 s once a run lasted a minute.
 */
export function createBackoff(policy: BackoffPolicy = defaultBackoff): { next(uptimeMs: number): number } {
  let previous = 0
  return {
    next(uptimeMs) {
      previous =
        previous === 0 || uptimeMs >= policy.resetAfterMs ? policy.initialMs : Math.min(previous * 2, policy.maxMs)
      return previous
    },
  }
}
