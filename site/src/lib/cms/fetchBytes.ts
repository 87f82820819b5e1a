import { CmsError } from './CmsError'

/** GET a file from the CMS; failures stop the build with the URL in the message. */
export async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  } catch (error) {
    throw new CmsError(`The CMS is unreachable at ${url}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!response.ok) throw new CmsError(`The CMS answered ${response.status} for ${url}`)
  return new Uint8Array(await response.arrayBuffer())
}
