import type { LogTail } from './logTail'

const RESPONSE_PREVIEW = 2000

/**
 * Asks the host to build the site by POSTing to its deploy hook. Succeeds on a 2xx answer;
 * the status line and the start of the answer go into the build log.
 */
export async function callBuildHook(
  url: string,
  { trigger, timeoutMs, tail }: { trigger: string; timeoutMs: number; tail: LogTail },
): Promise<boolean> {
  const { origin, pathname } = new URL(url)
  // The path often holds the hook's secret token: log only the host.
  tail.note(`POST naar deploy hook op ${origin}${pathname === '/' ? '' : '/…'}`)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ trigger, requestedAt: new Date().toISOString() }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
    tail.note(`HTTP ${response.status} ${response.statusText}`.trim())
    const text = (await response.text()).slice(0, RESPONSE_PREVIEW)
    if (text) tail.push(`${text}\n`)
    return response.ok
  } catch (error) {
    tail.note(`Deploy hook niet bereikbaar: ${error instanceof Error ? error.message : String(error)}`)
    return false
  }
}
