import type { Payload } from 'payload'
import { addressReference } from './address'
import { requireAddress } from './requireAddress'
import { personalDataPlaces } from './sources/places'
import type { EraseCount } from './sources/types'

export type ErasureSummary = {
  erasedAt: string
  /** Per place: documents deleted, anonymised, or found and deliberately kept (see each place). */
  counts: Record<string, EraseCount & { label: string }>
  total: EraseCount
}

/**
 * Deletes or anonymises everything stored about an email address (AVG article 17), place by place
 * (see sources/places.ts). Case-insensitive on the address; a second run finds nothing left.
 */
export async function erasePersonalData(payload: Payload, email: string): Promise<ErasureSummary> {
  const address = requireAddress(email)
  const reference = addressReference(payload.secret, address)
  const counts: ErasureSummary['counts'] = {}
  const total: EraseCount = { deleted: 0, anonymised: 0, kept: 0 }
  for (const place of personalDataPlaces) {
    const count = await place.erase(payload, address)
    counts[place.key] = { label: place.label, ...count }
    total.deleted += count.deleted
    total.anonymised += count.anonymised
    total.kept += count.kept
  }
  payload.logger.info({
    msg: `Privacy: gegevens gewist voor adres ${reference}: ${total.deleted} verwijderd, ${total.anonymised} geanonimiseerd, ${total.kept} bewaard`,
    counts: Object.fromEntries(
      Object.entries(counts).map(([key, { deleted, anonymised, kept }]) => [key, { deleted, anonymised, kept }]),
    ),
  })
  return { erasedAt: new Date().toISOString(), counts, total }
}
