import { waitForHttp } from '../../start/processes'

/**
 * Resolves once `url` answers 2xx; rejects when the process behind it exits first or `timeoutMs`
 * passes, with `output()` (what the process printed) in the message.
 */
export async function waitUntilServing(
  name: string,
  url: string,
  timeoutMs: number,
  exited: Promise<unknown>,
  output: () => string,
): Promise<void> {
  const answered = await Promise.race([
    waitForHttp(url, timeoutMs),
    exited.then(() => {
      throw new Error(`${name} exited before it answered:\n${output()}`)
    }),
  ])
  if (!answered) throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`)
}
