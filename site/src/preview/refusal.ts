import { escapeHtml } from '../lib/richtext/escapeHtml'

/**
 * A short Dutch page for a preview that cannot be shown. Answered before any content is
 * fetched, so requests with a wrong or expired link cost the CMS one token check only.
 */
export function refusal(status: 401 | 404 | 422, message: string): Response {
  const body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Voorbeeld niet beschikbaar</title></head><body><h1>Voorbeeld niet beschikbaar</h1><p>${escapeHtml(message)}</p></body></html>`
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  })
}
