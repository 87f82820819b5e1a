import { describe, expect, it } from 'vitest'
import { headersFile, releaseHeaders } from './releaseHeaders'

describe('releaseHeaders', () => {
  const headers = releaseHeaders(["default-src 'self'; script-src 'self' 'sha256-a'"])

  it('adds frame-ancestors to the pages policy, and the other security headers', () => {
    expect(headers.headers['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'",
    )
    expect(headers.headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers.headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  it('writes them in the _headers format, with hashed assets immutable', () => {
    const text = headersFile(headers)
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/)
    expect(text).toContain('\n  X-Content-Type-Options: nosniff\n')
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n')
  })

  it('sends the agenda feed as a UTF-8 calendar', () => {
    expect(headersFile(headers)).toContain('\n/agenda.ics\n  Content-Type: text/calendar; charset=utf-8\n')
  })
})
