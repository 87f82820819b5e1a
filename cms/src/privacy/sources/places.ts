import { expertsPlace, practicesPlace, regionsPlace } from './contentPlaces'
import { deletedPlace } from './deletedPlace'
import { newsletterRecipientsPlace } from './newsletterRecipients'
import type { PersonalDataPlace } from './types'
import { usersPlace } from './usersPlace'

/**
 * Every place that keeps data tied to an email address, in the order they are erased: the
 * registrations go before the applications that approve them, and deleting a registration through
 * Payload re-settles its waitlist (the registrations feature's afterDelete hook).
 *
 * Not here, on purpose: `rate-limit-hits` hold only SHA-256 hashes of a limiter key (possibly an
 * address) and its time window, gone within the window; `registration-notices` hold keys without
 * addresses; server logs never carry addresses in clear.
 */
export const personalDataPlaces: readonly PersonalDataPlace[] = [
  deletedPlace({ key: 'subscribers', label: 'Nieuwsbriefabonnementen', collection: 'subscribers', fields: ['email'] }),
  newsletterRecipientsPlace,
  deletedPlace({ key: 'registrations', label: 'Inschrijvingen', collection: 'registrations', fields: ['email'] }),
  deletedPlace({
    key: 'shareholder-applications',
    label: 'Aanmeldingen als aandeelhouder',
    collection: 'shareholder-applications',
    fields: ['email'],
  }),
  deletedPlace({
    key: 'contact-messages',
    label: 'Contactberichten',
    collection: 'contact-messages',
    fields: ['email'],
  }),
  practicesPlace,
  expertsPlace,
  regionsPlace,
  usersPlace,
]
