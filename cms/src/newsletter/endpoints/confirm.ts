import { newsletterPaths } from '@mao/shared/sitePaths'
import { tokenEndpoint } from '../../http/tokenEndpoint'
import { confirmSubscription } from '../subscribe/confirmSubscription'

/** POST /api/subscribers/confirm: the button behind the link in the confirmation mail. */
export const confirmEndpoints = tokenEndpoint({
  path: '/confirm',
  act: confirmSubscription,
  donePath: newsletterPaths.confirmed,
  invalidPath: newsletterPaths.invalidLink,
  invalidMessage: 'Deze link is verlopen of al gebruikt. Meld je opnieuw aan.',
})
