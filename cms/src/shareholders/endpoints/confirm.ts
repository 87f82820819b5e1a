import { participationPaths } from '@mao/shared/sitePaths'
import { tokenEndpoint } from '../../http/tokenEndpoint'
import { confirmApplication } from '../apply/confirmApplication'

/** POST /api/shareholder-applications/confirm: the button behind the link in the confirmation mail. */
export const confirmEndpoints = tokenEndpoint({
  path: '/confirm',
  act: confirmApplication,
  donePath: participationPaths.shareholderConfirmed,
  invalidPath: participationPaths.invalidLink,
  invalidMessage: 'Deze link is verlopen of al gebruikt. Meld je opnieuw aan als aandeelhouder.',
})
