/**
 * The redirects contract between the CMS (editors' and automatic redirects), the site build (which
 * writes them into each release) and the servers that honour them (our site server, nginx, Netlify).
 */

/** The file of a release that lists its redirects, read by the site server. */
export const RELEASE_REDIRECTS_JSON = '_redirects.json'
/** An nginx include with the same redirects (`location = … { return …; }`), for the production guide. */
export const RELEASE_REDIRECTS_NGINX = 'redirects.nginx.conf'
/** The same in the Netlify / Cloudflare Pages `_redirects` format. */
export const RELEASE_REDIRECTS_TEXT = '_redirects'
/** The page a removed path shows, with status 410 (Astro writes it as `410/index.html`). */
export const GONE_PAGE = '/410'

export type RedirectRule = { from: string; status: 301; to: string } | { from: string; status: 410 }

export type ReleaseRedirects = { redirects: readonly RedirectRule[] }

/** Characters that are plain in every server's config: no quotes, `$`, `;`, braces, spaces or `%`-escapes. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/

/**
 * A site path as redirects store it (`/nieuws/oud`: leading slash, no trailing slash, no query),
 * or undefined when it has characters a server config could misread, or `.`/`..` segments.
 */
export function normalizeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return undefined
  const segments = trimmed.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) return undefined
  return `/${segments.join('/')}`
}

const SAFE_URL = /^https?:\/\/[^\s"'`$;{}\\<>]+$/i

/** A redirect target: a site path (normalized) or an absolute http(s) URL safe to put in a server config. */
export function normalizeRedirectTarget(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  if (SAFE_URL.test(trimmed)) return trimmed
  return normalizeRedirectPath(trimmed)
}
