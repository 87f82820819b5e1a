import type { Endpoint } from 'payload'
import { newsletterPaths } from '@mao/shared/sitePaths'
import { confirmSubscription } from '../subscribe/confirmSubscription'
import { readFields } from '../../http/readFields'
import { jsonResponse, redirectTo } from '../../http/siteResponses'

/**
 * POST /api/subscribers/confirm with the token from the confirmation mail. Only the button on
 * the site's confirmation page posts here; opening the link (a GET, as link scanners do)
 * confirms nobody. There is no GET handler at all.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const submitted = await readFields(req)
    if ('status' in submitted) return jsonResponse({ ok: false, error: 'bad_request' }, submitted.status)
    const confirmed = await confirmSubscription(req.payload, submitted.fields.token)
    if (submitted.kind === 'form')
      return redirectTo(confirmed ? newsletterPaths.confirmed : newsletterPaths.invalidLink)
    return confirmed
      ? jsonResponse({ ok: true }, 200)
      : jsonResponse(
          { ok: false, error: 'token', message: 'Deze link is verlopen of al gebruikt. Meld je opnieuw aan.' },
          400,
        )
  },
}
