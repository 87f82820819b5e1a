import type { Payload } from 'payload'
import type { SeedShareholder } from './content/types'

const COLLECTION = 'shareholder-applications'

/** Stored as these examples' consent: they are invented, nobody agreed to anything. */
const EXAMPLE_CONSENT = {
  text: 'Voorbeeldaanmelding uit de seed: een verzonnen organisatie, geen toestemming van een echt persoon.',
  privacyVersion: 'voorbeeld',
}

/**
 * Creates the example aandeelhouders as approved applications, matched by email so a second run
 * creates nothing. Through the Local API with overrideAccess (anonymous creates are refused) and
 * `seeding` in the context, so no decision email goes out and no rebuild is requested per document.
 */
export async function seedShareholders(payload: Payload, items: SeedShareholder[]): Promise<number> {
  let created = 0
  for (const item of items) {
    const existing = await payload.find({
      collection: COLLECTION,
      where: { email: { equals: item.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    if (existing.docs.length > 0) continue
    await payload.create({
      collection: COLLECTION,
      data: {
        organisation: item.organisation,
        name: item.name,
        email: item.email,
        sector: item.sector,
        province: item.province,
        region: item.region,
        motivation: item.motivation,
        showPublicly: item.showPublicly,
        status: 'approved',
        reviewNote: 'Voorbeeld uit de seed.',
        consent: { ...EXAMPLE_CONSENT, givenAt: new Date(item.appliedAt).toISOString() },
      },
      overrideAccess: true,
      context: { seeding: true },
    })
    created += 1
  }
  return created
}
