import type { Endpoint } from 'payload'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { unsubscribePageUrl } from '../send/personaliseEmail'
import { newsletterSettings } from '../settings'
import { unsubscribe } from '../subscribe/unsubscribe'
import { readFields } from '../../http/readFields'
import { jsonResponse, redirectTo, siteCorsHeaders } from '../../http/siteResponses'

const text = (body: string, status: number) => {
  const headers = siteCorsHeaders()
  headers.set('Content-Type', 'text/plain; charset=utf-8')
  return new Response(body, { status, headers })
}

/**
 * POST /api/subscribers/unsubscribe?token=…: the RFC 8058 one-click target of the
 * List-Unsubscribe header (body `List-Unsubscribe=One-Click`, answered 200) and the button on the
 * site's unsubscribe page (form post with `token`, answered with a redirect). Takes effect at once.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const submitted = await readFields(req)
    if ('status' in submitted) return text('Ongeldig verzoek.', submitted.status)
    const { kind, fields } = submitted
    const oneClick = fields['List-Unsubscribe'] === 'One-Click'
    const token = req.searchParams?.get('token') ?? fields.token
    const done = await unsubscribe(
      req.payload,
      token,
      oneClick ? 'Afgemeld met één klik in het e-mailprogramma' : 'Afgemeld via de website',
    )
    if (oneClick)
      return done ? text('Je bent afgemeld voor de nieuwsupdate.', 200) : text('Deze afmeldlink is ongeldig.', 400)
    if (kind === 'form') return redirectTo(done ? newsletterPaths.unsubscribed : newsletterPaths.invalidLink)
    return done
      ? jsonResponse({ ok: true }, 200)
      : jsonResponse({ ok: false, error: 'token', message: 'Deze afmeldlink is ongeldig.' }, 400)
  },
}

/**
 * GET on the List-Unsubscribe URL (a person opening it, or a link scanner) changes nothing: it
 * leads to the site's page with the unsubscribe button.
 */
export const unsubscribeLinkEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: (req) => {
    const token = req.searchParams?.get('token') ?? ''
    const headers = siteCorsHeaders()
    headers.set('Location', unsubscribePageUrl(newsletterSettings(), token))
    return new Response(null, { status: 303, headers })
  },
}
