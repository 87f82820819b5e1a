import { participationPaths } from '@mao/shared/sitePaths'
import { tokenEndpoint } from '../../http/tokenEndpoint'
import { cancelRegistration } from '../engine/cancel'
import { queuePromotionNotices } from '../engine/noticeQueue'
import { requestRegistrationRebuild } from '../engine/requestRebuild'

/**
 * POST /api/registrations/cancel: the button behind the cancel link. Cancels once; the freed
 * place goes to the first on the waitlist, who is mailed after the answer.
 */
export const cancelEndpoints = tokenEndpoint({
  path: '/cancel',
  act: async (payload, token) => {
    const cancelled = await cancelRegistration(payload, token)
    if (cancelled?.target) {
      queuePromotionNotices(payload, cancelled.target, cancelled.promoted)
      requestRegistrationRebuild(payload, cancelled.target, 'Afmelding')
    }
    return Boolean(cancelled)
  },
  donePath: participationPaths.registrationCancelled,
  invalidPath: participationPaths.invalidLink,
  invalidMessage: 'Deze afmeldlink is ongeldig of al gebruikt.',
})
