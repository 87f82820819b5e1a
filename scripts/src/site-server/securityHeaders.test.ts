import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FALLBACK_SECURITY_HEADERS, readSecurityHeaders, RELEASE_HEADERS_FILE } from './securityHeaders'

let root: string
const writeHeaders = (content: unknown) =>
  writeFileSync(path.join(root, RELEASE_HEADERS_FILE), typeof content === 'string' ? content : JSON.stringify(content))

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mao-headers-'))
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
  vi.restoreAllMocks()
})

describe('readSecurityHeaders', () => {
  it("takes the release's values over the fallback", async () => {
    writeHeaders({ headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-abc='" } })
    const headers = await readSecurityHeaders(root)
    expect(headers['Content-Security-Policy']).toBe("default-src 'self'; script-src 'self' 'sha256-abc='")
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('falls back without a file, or with one that is not JSON', async () => {
    expect(await readSecurityHeaders(root)).toEqual(FALLBACK_SECURITY_HEADERS)
    writeHeaders('{"headers": ')
    expect(await readSecurityHeaders(root)).toEqual(FALLBACK_SECURITY_HEADERS)
    writeHeaders('null')
    expect(await readSecurityHeaders(root)).toEqual(FALLBACK_SECURITY_HEADERS)
  })

  it('ignores values that would break a response and names it does not know', async () => {
    writeHeaders({
      headers: {
        'Content-Security-Policy': "default-src 'self'\r\nSet-Cookie: x=1",
        'X-Content-Type-Options': '',
        'Referrer-Policy': 42,
        'Content-Length': '0',
        'Set-Cookie': 'x=1',
      },
    })
    expect(await readSecurityHeaders(root)).toEqual(FALLBACK_SECURITY_HEADERS)
  })

  it('keeps frame-ancestors and nosniff in the fallback', () => {
    expect(FALLBACK_SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/)
    expect(FALLBACK_SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/unsafe-inline/)
    expect(FALLBACK_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
  })
})
