import { participationPaths } from '@mao/shared/sitePaths'
import { formEndpoint } from '../../forms'
import { registerApplication } from '../apply/registerApplication'

/** POST /api/shareholder-applications/apply: the aandeelhouder form (and its CORS preflight). */
export const applyEndpoints = formEndpoint({
  path: '/apply',
  form: 'aandeelhouder',
  formPath: () => participationPaths.shareholderForm,
  thanksPath: () => participationPaths.shareholderThanks,
  work: registerApplication,
})
