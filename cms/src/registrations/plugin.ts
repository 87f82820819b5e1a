import type { CollectionConfig, Plugin } from 'payload'
import { RegistrationNotices } from './collections/RegistrationNotices'
import { Registrations } from './collections/Registrations'
import { availabilityEndpoint } from './endpoints/availability'
import { cancelEndpoints } from './endpoints/cancel'
import { exportCsvEndpoint } from './endpoints/exportCsv'
import { registerEndpoints } from './endpoints/register'

const registrations: CollectionConfig = {
  ...Registrations,
  endpoints: [...registerEndpoints, ...cancelEndpoints, availabilityEndpoint, exportCsvEndpoint],
}

/**
 * Registrations for Communities of Practice and events: the `aanmelding` form (approved
 * aandeelhouders only), places and a waitlist per target that can never overfill, cancel links
 * that promote the first on the waitlist, the availability the site shows, and the CSV export.
 */
export const registrationsPlugin = (): Plugin => (config) => ({
  ...config,
  collections: [...(config.collections ?? []), registrations, RegistrationNotices],
})
