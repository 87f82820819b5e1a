import { participationPaths } from '@mao/shared/sitePaths'
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

/** What calendar files are sent as (our site server does the same for every `.ics`). */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8'

/**
 * The same headers in the `_headers` format, with the cache policy of hashed assets and the type
 * of the agenda feed, the address calendars subscribe to. The format has no rule for "every .ics
 * below /agenda" that would not also match the pages there, so the per-event files keep the
 * host's own type for `.ics` (text/calendar on Netlify and Cloudflare Pages).
 */
export function headersFile({ headers }: ReleaseHeaders): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)]
  lines.push('/_astro/*', '  Cache-Control: public, max-age=31536000, immutable')
  lines.push(participationPaths.agendaFeed, `  Content-Type: ${CALENDAR_CONTENT_TYPE}`)
  return `${lines.join('\n')}\n`
}
