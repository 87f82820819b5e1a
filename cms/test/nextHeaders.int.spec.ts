import { describe, expect, it } from 'vitest'
import nextConfig from '../next.config.mjs'

type HeaderRule = { source: string; headers: { key: string; value: string }[] }
type NextRoute = HeaderRule & { match: (pathname: string) => false | Record<string, unknown> }

/** Next's own matcher for custom header rules, as its router uses it. */
const { buildCustomRoute } = (await import('next/dist/server/lib/router-utils/filesystem.js')) as unknown as {
  buildCustomRoute: (type: 'header', rule: HeaderRule) => NextRoute
}

const rules = ((await nextConfig.headers?.()) ?? []) as HeaderRule[]
const routes = rules.map((rule) => buildCustomRoute('header', rule))

/** The headers Next sends for a path: matching rules in order, later ones win. */
function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const route of routes) {
    if (route.match(pathname) === false) continue
    for (const { key, value } of route.headers) headers[key.toLowerCase()] = value
  }
  return headers
}

describe('CMS response headers (next.config.mjs)', () => {
  it('forbids sniffing on every route, uploaded files included', () => {
    for (const pathname of ['/', '/admin', '/admin/collections/news/1', '/api/users/me', '/api/media/file/foto.webp'])
      expect(headersFor(pathname)['x-content-type-options'], pathname).toBe('nosniff')
  })

  it('forbids framing the admin and the API by any site', () => {
    for (const pathname of ['/', '/admin', '/admin/login', '/admin/collections/news/1', '/api/media/file/foto.webp']) {
      const headers = headersFor(pathname)
      expect(headers['x-frame-options'], pathname).toBe('DENY')
      expect(headers['content-security-policy'], pathname).toBe("frame-ancestors 'none'")
      expect(headers['referrer-policy'], pathname).toBe('strict-origin-when-cross-origin')
    }
  })

  it("leaves the newsletter preview's own framing rules alone (the admin frames it)", () => {
    const preview = headersFor('/api/newsletters/12/preview')
    expect(preview['x-frame-options']).toBeUndefined()
    expect(preview['content-security-policy']).toBeUndefined()
    expect(preview['x-content-type-options']).toBe('nosniff')
    expect(headersFor('/api/newsletters/12/preview-extra')['x-frame-options']).toBe('DENY')
    expect(headersFor('/api/newsletters/12')['x-frame-options']).toBe('DENY')
  })
})
