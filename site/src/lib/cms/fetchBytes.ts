import { CmsError } from './CmsError'
import { getFromCms } from './getFromCms'

/** GET a file from the CMS (see `getFromCms`); failures stop the build with the URL in the message. */
export async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response
  try {
    response = await getFromCms(url)
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    throw new CmsError(`The CMS is unreachable at ${url}: ${reason}`)
  }
  if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for ${url}`)
  return new Uint8Array(await response.arrayBuffer())
}
