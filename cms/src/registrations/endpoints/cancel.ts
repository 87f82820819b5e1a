import type { Endpoint } from 'payload'
import { participationPaths } from '@mao/shared/sitePaths'
import { jsonResponse, preflight, readFields, redirectTo } from '../../forms'
import { cancelRegistration } from '../engine/cancel'
import { queuePromotionNotices } from '../engine/noticeQueue'
import { requestRegistrationRebuild } from '../engine/requestRebuild'

const INVALID = 'Deze afmeldlink is ongeldig of al gebruikt.'

/**
 * POST /api/registrations/cancel (field `token`): the button on the site's cancel page. Cancels
 * once; the freed place goes to the first on the waitlist, who is mailed after the answer. JSON 200/400, or for a
 * plain form post a redirect to the cancelled page or the invalid-link page. A GET never cancels
 * (link scanners open links in emails): the link leads to the site's page with the button.
 */
export const cancelEndpoints: Endpoint[] = [
  {
    path: '/cancel',
    method: 'post',
    handler: async (req) => {
      const submitted = await readFields(req)
      if ('status' in submitted)
        return jsonResponse({ ok: false, error: 'bad_request', message: submitted.message }, submitted.status)
      const cancelled = await cancelRegistration(req.payload, submitted.fields.token?.trim() ?? '')
      if (cancelled?.target) {
        queuePromotionNotices(req.payload, cancelled.target, cancelled.promoted)
        requestRegistrationRebuild(req.payload, cancelled.target, 'Afmelding')
      }
      if (submitted.kind === 'form')
        return redirectTo(cancelled ? participationPaths.registrationCancelled : participationPaths.invalidLink)
      return cancelled
        ? jsonResponse({ ok: true }, 200)
        : jsonResponse({ ok: false, error: 'token', message: INVALID }, 400)
    },
  },
  { path: '/cancel', method: 'options', handler: () => preflight() },
]
