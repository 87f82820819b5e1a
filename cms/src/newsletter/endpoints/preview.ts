import { NotFound, type Endpoint } from 'payload'
import { requireEditor } from '../../access/requireEditor'
import { UNSUBSCRIBE_PLACEHOLDER } from '../edition/editionEmailProps'
import { editionForDisplay } from '../edition/editionForDisplay'
import { unsubscribePageUrl } from '../send/personaliseEmail'
import { newsletterSettings } from '../settings'
import { LOGIN_REQUIRED } from './loginRequired'
import { routeId } from './routeId'

/**
 * GET /api/newsletters/:id/preview[?format=text]: the email exactly as subscribers get it
 * (with a sample unsubscribe link), for the preview frame in the admin. Editors only.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const denied = requireEditor(req, LOGIN_REQUIRED)
    if (denied) return denied
    let email
    try {
      ;({ email } = await editionForDisplay(req.payload, routeId(req)))
    } catch (error) {
      if (error instanceof NotFound)
        return Response.json({ ok: false, message: 'Nieuwsupdate niet gevonden.' }, { status: 404 })
      throw error
    }
    const sample = unsubscribePageUrl(newsletterSettings(), 'voorbeeld')
    const asText = req.searchParams?.get('format') === 'text'
    const body = (asText ? email.text : email.html).replaceAll(UNSUBSCRIBE_PLACEHOLDER, sample)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': asText ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy':
          "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        'X-Frame-Options': 'SAMEORIGIN',
      },
    })
  },
}
