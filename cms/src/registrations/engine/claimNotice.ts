import { type Payload, ValidationError } from 'payload'
import { REGISTRATION_NOTICES } from '../collections/RegistrationNotices'

/**
 * Claims the one-time notice `key`: true for exactly one caller, however many processes race
 * (the unique index refuses the others' rows).
 */
export async function claimNotice(payload: Payload, key: string): Promise<boolean> {
  try {
    await payload.db.create({ collection: REGISTRATION_NOTICES, data: { key }, returning: false })
    return true
  } catch (error) {
    if (error instanceof ValidationError) return false
    throw error
  }
}
