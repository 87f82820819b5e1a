import type { Endpoint } from 'payload'
import { currentConsent } from '../subscribe/consent'

/** GET /api/subscribers/consent: the consent text and privacy version the site's forms show. */
export const consentEndpoint: Endpoint = {
  path: '/consent',
  method: 'get',
  handler: () => Response.json(currentConsent(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
}
