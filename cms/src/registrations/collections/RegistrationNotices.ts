import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/nobody'

export const REGISTRATION_NOTICES = 'registration-notices' as const

/**
 * Emails the engine sends at most once (a promotion from the waitlist): the unique `key` lets only
 * one of several racing processes claim a notice. Never shown, never served.
 */
export const RegistrationNotices: CollectionConfig = {
  slug: REGISTRATION_NOTICES,
  labels: { singular: 'Inschrijvingsbericht', plural: 'Inschrijvingsberichten' },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [{ name: 'key', type: 'text', required: true, unique: true }],
}
