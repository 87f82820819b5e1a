import type { Payload } from 'payload'
import { SHAREHOLDER_APPLICATIONS } from './slug'

/**
 * The approved application of this address, if any: whether someone may register for a
 * Community of Practice. Compared trimmed and lower-case, as addresses are stored.
 */
export async function approvedShareholder(
  payload: Payload,
  email: string,
): Promise<{ id: number | string; organisation: string } | undefined> {
  const address = email.trim().toLowerCase()
  if (!address) return undefined
  const { docs } = await payload.find({
    collection: SHAREHOLDER_APPLICATIONS,
    where: { and: [{ email: { equals: address } }, { status: { equals: 'approved' } }] },
    select: { organisation: true },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const application = docs[0]
  return application ? { id: application.id, organisation: application.organisation } : undefined
}
