import type { Endpoint } from 'payload'
import { participationPaths } from '@mao/shared/sitePaths'
import { jsonResponse, readFields, redirectTo } from '../../forms'
import { confirmApplication } from '../apply/confirmApplication'

/**
 * POST /api/shareholder-applications/confirm with the token from the confirmation mail. Only the
 * button on the site's confirmation page posts here; opening the link (a GET, as link scanners
 * do) confirms nothing, and there is no GET handler.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const submitted = await readFields(req)
    if ('status' in submitted) return jsonResponse({ ok: false, error: 'bad_request' }, submitted.status)
    const confirmed = await confirmApplication(req.payload, submitted.fields.token)
    if (submitted.kind === 'form')
      return redirectTo(confirmed ? participationPaths.shareholderConfirmed : participationPaths.invalidLink)
    return confirmed
      ? jsonResponse({ ok: true }, 200)
      : jsonResponse(
          {
            ok: false,
            error: 'token',
            message: 'Deze link is verlopen of al gebruikt. Meld je opnieuw aan als aandeelhouder.',
          },
          400,
        )
  },
}
