import { Agent } from 'undici'

/**
 * Node's HTTP server, behind `next start`, closes a keep-alive connection after 5 s idle. Close
 * ours after 2 s, so the build rarely sends a request on a connection the CMS is closing.
 */
const agent = new Agent({ keepAliveTimeout: 2000, keepAliveMaxTimeout: 2000 })

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])

/**
 * The connection broke before an answer came: typically an idle keep-alive connection the
 * server had closed, reused while the build was busy rendering. fetch puts the socket's error in
 * `cause`.
 */
export function isConnectionReset(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code
    if ((code && RESET_CODES.has(code)) || /other side closed/i.test(current.message)) return true
  }
  return false
}

/**
 * GET from the CMS with a timeout per attempt. A GET changes nothing, so it is sent once more
 * when the connection was reset; any other failure, or a second reset, is thrown.
 */
export async function getFromCms(
  url: string,
  { headers, timeoutMs = 30_000 }: { headers?: Record<string, string>; timeoutMs?: number } = {},
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const attempt = () =>
    fetchImpl(url, { method: 'GET', headers, signal: AbortSignal.timeout(timeoutMs), dispatcher: agent } as RequestInit)
  try {
    return await attempt()
  } catch (error) {
    if (!isConnectionReset(error)) throw error
    return attempt()
  }
}
