import { validateHeaderValue } from 'node:http'
import path from 'node:path'
import { readReleaseJson } from './readReleaseJson'

/** Written by the site build beside the pages (site/src/integrations/securityHeaders.ts). */
export const RELEASE_HEADERS_FILE = '_headers.json'

const MAX_FILE_BYTES = 64 * 1024

export type SecurityHeaders = Readonly<Record<string, string>>

/**
 * Sent when a release brings no header file of its own (the "building" page, an older release):
 * as strict as the site allows without knowing the hashes of its inline scripts, which then do not run.
 * The names are the ones a release may set; the values match site/src/lib/csp/releaseHeaders.ts.
 */
export const FALLBACK_SECURITY_HEADERS: SecurityHeaders = Object.freeze({
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; base-uri 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
})

const isValidValue = (name: string, value: unknown): value is string => {
  if (typeof value !== 'string' || value.trim() === '') return false
  try {
    validateHeaderValue(name, value)
    return true
  } catch {
    return false
  }
}

/**
 * The security headers of the release in `root`: its `_headers.json` over the fallback. Only the
 * fallback's header names are taken, each only with a valid value, so a damaged file can neither
 * break responses nor drop a header; a missing or unreadable file gives the fallback.
 */
export async function readSecurityHeaders(root: string): Promise<SecurityHeaders> {
  const file = path.join(root, RELEASE_HEADERS_FILE)
  let parsed: unknown
  try {
    parsed = await readReleaseJson(root, RELEASE_HEADERS_FILE, MAX_FILE_BYTES)
  } catch (error) {
    console.warn(`Site server: no usable ${file} (${(error as Error).message}); sending the fallback headers.`)
    return FALLBACK_SECURITY_HEADERS
  }
  const own = (parsed as { headers?: Record<string, unknown> } | null)?.headers ?? {}
  const headers: Record<string, string> = { ...FALLBACK_SECURITY_HEADERS }
  for (const name of Object.keys(FALLBACK_SECURITY_HEADERS)) {
    const value = own[name]
    if (isValidValue(name, value)) headers[name] = value
    else if (value !== undefined) console.warn(`Site server: ignoring an invalid ${name} in ${file}.`)
  }
  return Object.freeze(headers)
}
