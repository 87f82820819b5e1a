/** Public API of editors' mail: Payload's email adapter on Resend, the mails of the users collection, admin links. */
export { adminUrl } from './adminUrl'
export { forgotPasswordEmail } from './forgotPasswordEmail'
export { EmailNotSentError, resendEmailAdapter } from './resendEmailAdapter'
export { sendInvitation } from './sendInvitation'
export { PASSWORD_RESET_VALID_MS } from './validity'
