import { cmsPublicUrl, cmsUrl } from '../env'

/** Path and query of a media URL from the CMS, whether it came relative or absolute. */
function mediaPath(url: string): string {
  if (url.startsWith('/') && !url.startsWith('//')) return url
  const parsed = new URL(url)
  return `${parsed.pathname}${parsed.search}`
}

/**
 * Where the build downloads a media file (CMS_URL), with the medium's version: the CMS lets such a
 * URL be kept for good, so Astro's image cache uses its copy without asking again.
 */
export function mediaFetchUrl(url: string, version?: string | null): string {
  const fetchUrl = `${cmsUrl()}${mediaPath(url)}`
  return version ? `${fetchUrl}${fetchUrl.includes('?') ? '&' : '?'}v=${encodeURIComponent(version)}` : fetchUrl
}

/** Where visitors download a media file (CMS_PUBLIC_URL, falling back to CMS_URL). */
export const mediaPublicUrl = (url: string): string => `${cmsPublicUrl()}${mediaPath(url)}`
