import type { Endpoint } from 'payload'
import { hasPagesOfItsOwn, publicCollections } from '@mao/shared/collections'
import { previewKey } from './previewKey'
import { verifyPreviewToken } from './previewToken'

const privateHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' }

const refuse = (status: 401 | 404, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: privateHeaders })

/** Related public documents come back as `{ id }`, media populated: the shape the site build reads. */
const populate = Object.fromEntries(publicCollections.map((slug) => [slug, { id: true }]))

/**
 * GET /api/preview/:collection/:id?token=…: the latest draft of one document, for the site's
 * preview page. The signed token is the only credential: it names this collection and id and
 * has not expired; anything else gets 401 without saying whether the document exists.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const token = typeof req.query?.token === 'string' ? req.query.token : ''
    const claim = token ? verifyPreviewToken(token, previewKey()) : undefined
    if (!claim || claim.collection !== collection || claim.id !== id || !hasPagesOfItsOwn(collection)) {
      return refuse(401, 'Deze voorbeeldlink is ongeldig of verlopen.')
    }
    const doc = await req.payload
      .findByID({ collection, id, draft: true, depth: 1, populate, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!doc) return refuse(404, 'Dit document bestaat niet (meer).')
    return Response.json(doc, { headers: privateHeaders })
  },
}
