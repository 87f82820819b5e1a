import type { CollectionAfterChangeHook } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { sendInvitation } from '../../../email'

/**
 * An account created by a signed-in admin gets an invitation to choose its own password. Accounts
 * made by code (seed, tests, "create first user") get none. A mail that fails is logged and does
 * not undo the account: the new editor can still use "Wachtwoord vergeten?".
 */
export const inviteNewUser: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user) return doc
  try {
    await sendInvitation(req, doc)
  } catch (error) {
    req.payload.logger.error({
      msg: `Uitnodiging voor gebruiker ${doc.id} niet verstuurd: ${error instanceof Error ? error.message : String(error)}`,
    })
  }
  return doc
}
