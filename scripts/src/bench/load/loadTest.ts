import autocannon from 'autocannon'
import { percentile } from './percentile'

export type LoadFigures = {
  requests: number
  seconds: number
  requestsPerSecond: number
  /** Connection errors and timeouts plus answers outside 2xx/3xx. */
  errors: number
  statuses: Record<string, number>
  p50: number
  p95: number
  p99: number
}

export type LoadTestOptions = {
  url: string
  connections: number
  /** Seconds to run; with `amount`, the longest it may run (stopped then). */
  seconds: number
  amount?: number
  requests: autocannon.Request[]
  headers?: Record<string, string>
}

/**
 * Runs autocannon and measures every response's latency itself (autocannon's own summary has
 * no p95). A run with `amount` is stopped after `seconds`, so every load test is bounded.
 */
export function loadTest({
  url,
  connections,
  seconds,
  amount,
  requests,
  headers,
}: LoadTestOptions): Promise<LoadFigures> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  // Counted here rather than taken from autocannon's total, which also counts the requests still
  // in flight when the time bound stops a run with `amount`.
  let failures = 0
  let stopped = false
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, amount, requests, headers, timeout: 30 },
      (error, result) => {
        stopped = true
        clearTimeout(bound)
        if (error) return reject(error instanceof Error ? error : new Error(String(error)))
        latencies.sort((a, b) => a - b)
        const failedAnswers = Object.entries(statuses)
          .filter(([status]) => !/^[23]/.test(status))
          .reduce((sum, [, n]) => sum + n, 0)
        resolve({
          requests: latencies.length,
          seconds: result.duration,
          requestsPerSecond: latencies.length / result.duration,
          errors: failures + failedAnswers,
          statuses,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
        })
      },
    )
    const bound = setTimeout(() => {
      stopped = true
      instance.stop()
    }, seconds * 1000)
    instance.on('reqError', () => {
      if (!stopped) failures += 1
    })
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
}
