import { CmsError } from './CmsError'
import { getFromCms } from './getFromCms'

/**
 * GET a JSON document from the CMS. Any network failure (after one retry on a reset connection),
 * timeout, non-2xx answer or non-JSON body becomes a CmsError naming the URL, so the build stops
 * with a clear message.
 */
export async function fetchJson(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let response: Response
  try {
    response = await getFromCms(url, { headers: { accept: 'application/json' } }, fetchImpl)
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    throw new CmsError(`The CMS is unreachable at ${url}: ${reason}. Is it running, and is CMS_URL right?`)
  }
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 300)
    throw new CmsError(
      `The CMS answered ${response.status} ${response.statusText} for ${url}${detail ? `: ${detail}` : ''}`,
    )
  }
  try {
    return await response.json()
  } catch {
    throw new CmsError(`The CMS answered ${url} with something that is not JSON.`)
  }
}
