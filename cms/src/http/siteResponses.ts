import { siteUrl } from '../env'

/**
 * CORS for the public form endpoints (the forms core's and the newsletter's): the site may call
 * them from a browser, without credentials (no Allow-Credentials). Payload's own CORS list names
 * only the CMS, whose origin is trusted with editors' cookies; these headers replace it for these
 * endpoints.
 */
export function siteCorsHeaders(): Headers {
  return new Headers({
    'Access-Control-Allow-Origin': new URL(siteUrl()).origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
    'Cache-Control': 'no-store',
  })
}

export function jsonResponse(body: unknown, status: number, headers: Headers = siteCorsHeaders()): Response {
  headers.set('Content-Type', 'application/json; charset=utf-8')
  return new Response(JSON.stringify(body), { status, headers })
}

/** The absolute address of a site path (which may carry a query and a fragment). */
export const siteAddress = (sitePath: string): string =>
  new URL(sitePath.startsWith('/') ? `${siteUrl()}${sitePath}` : sitePath, `${siteUrl()}/`).toString()

/** 303 See Other: the browser follows with a GET, so a reload never re-posts the form. */
export function redirectTo(sitePath: string, headers: Headers = siteCorsHeaders()): Response {
  headers.set('Location', siteAddress(sitePath))
  return new Response(null, { status: 303, headers })
}

export const preflight = (): Response => new Response(null, { status: 204, headers: siteCorsHeaders() })
