import type { Payload } from 'payload'
import { addressReference } from './address'
import { requireAddress } from './requireAddress'
import { personalDataPlaces } from './sources/places'

export type PersonalDataExport = {
  format: 'mao-personal-data-export'
  version: 1
  exportedAt: string
  email: string
  /** Per place (see sources/places.ts): what is kept there about the address; empty when nothing. */
  data: Record<string, { label: string; records: unknown[] }>
}

/**
 * Everything stored about an email address, as one JSON document for the person who asked (AVG
 * article 15 and 20). Case-insensitive on the address; reads only.
 */
export async function exportPersonalData(payload: Payload, email: string): Promise<PersonalDataExport> {
  const address = requireAddress(email)
  const data: PersonalDataExport['data'] = {}
  for (const place of personalDataPlaces) {
    data[place.key] = { label: place.label, records: await place.find(payload, address) }
  }
  const found = Object.values(data).reduce((sum, { records }) => sum + records.length, 0)
  payload.logger.info({
    msg: `Privacy: export gemaakt voor adres ${addressReference(payload.secret, address)} (${found} gegevens gevonden)`,
  })
  return { format: 'mao-personal-data-export', version: 1, exportedAt: new Date().toISOString(), email: address, data }
}
