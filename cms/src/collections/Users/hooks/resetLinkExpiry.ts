import type { CollectionBeforeOperationHook } from 'payload'
import { PASSWORD_RESET_VALID_MS } from '../../../email'

/**
 * A "wachtwoord vergeten" link lasts as long as its mail says. Set per request rather than as the
 * collection's `forgotPassword.expiration`, which would override the invitation's longer validity.
 */
export const resetLinkExpiry: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  return { ...args, expiration: args.expiration ?? PASSWORD_RESET_VALID_MS }
}
