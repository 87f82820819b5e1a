import { participationPaths } from '@mao/shared/sitePaths'
import { formEndpoint } from '../../forms'
import { deliverMessage } from './deliverMessage'

/** `POST /api/contact-messages/send`: the contact form on the site. */
export const sendEndpoints = formEndpoint({
  path: '/send',
  form: 'contact',
  formPath: () => participationPaths.contactForm,
  thanksPath: () => participationPaths.contactThanks,
  work: deliverMessage,
})
