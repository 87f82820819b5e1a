/** Public API of the news update feature, for the Payload config and other packages. */
export { editionForDisplay } from './edition/editionForDisplay'
export { UNSUBSCRIBE_PLACEHOLDER } from './edition/editionEmailProps'
export { renderNewsletterEmail } from './edition/renderNewsletterEmail'
export { newsletterPlugin } from './plugin'
export { newsletterSettings } from './settings'
export { renderConfirmationEmail } from './subscribe/renderConfirmationEmail'
