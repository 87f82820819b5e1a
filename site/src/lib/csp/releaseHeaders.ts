import { HEADER_ONLY_DIRECTIVES, mergePolicies } from './siteCsp'

/**
 * The security headers of a release, written beside its pages so that whatever serves the release
 * (our site server, a CDN, nginx or Caddy) sends the same values: `_headers.json` for programs,
 * `_headers` in the Netlify / Cloudflare Pages format for hosts that read it.
 */
export const RELEASE_HEADERS_JSON = '_headers.json'
export const RELEASE_HEADERS_TEXT = '_headers'

export type ReleaseHeaders = { headers: Record<string, string> }

/** Powerful features the site never uses, switched off for the page and anything it embeds. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

/** The headers for every response of a release whose pages carry the given `<meta>` policies. */
export function releaseHeaders(pagePolicies: Iterable<string>): ReleaseHeaders {
  return {
    headers: {
      'Content-Security-Policy': mergePolicies(pagePolicies, HEADER_ONLY_DIRECTIVES),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': PERMISSIONS_POLICY,
    },
  }
}

/** The same headers in the `_headers` format, with the cache policy of hashed assets. */
export function headersFile({ headers }: ReleaseHeaders): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)]
  lines.push('/_astro/*', '  Cache-Control: public, max-age=31536000, immutable')
  return `${lines.join('\n')}\n`
}
