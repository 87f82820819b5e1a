import { CmsError } from './CmsError'
import { fetchJson } from './fetchJson'
import { POPULATE_DEPTH, populateIdsOnly } from './populate'

const globalUrl = (cmsUrl: string, slug: string, depth = POPULATE_DEPTH): string =>
  `${cmsUrl}/api/globals/${slug}?depth=${depth}&${populateIdsOnly()}`

/** One Payload global (site settings, navigation, home). */
export async function fetchGlobal(
  slug: string,
  options: { cmsUrl: string; depth?: number; fetchImpl?: typeof fetch },
): Promise<Record<string, unknown>> {
  const url = globalUrl(options.cmsUrl, slug, options.depth)
  const value = await fetchJson(url, options.fetchImpl)
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CmsError(`The CMS answer for ${url} is not an object.`)
  }
  return value as Record<string, unknown>
}
