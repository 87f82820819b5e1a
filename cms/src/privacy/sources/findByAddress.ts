import type { CollectionSlug, Payload, Where } from 'payload'
import { normalizeAddress } from '../address'
import { valuesAt } from './valuesAt'

export type StoredDoc = Record<string, unknown> & { id: number | string }

/** True when any of `fields` of `doc` holds `address` (already normalised), in any case. */
export const holdsAddress = (doc: unknown, fields: readonly string[], address: string): boolean =>
  fields.some((field) => valuesAt(doc, field).some((value) => normalizeAddress(value) === address))

/**
 * `like` is case-insensitive on SQLite and MongoDB alike, but matches substrings (and treats `_`
 * as a wildcard in SQL): it narrows the search, and the exact comparison decides.
 */
export const addressWhere = (fields: readonly string[], address: string, prefix = ''): Where => ({
  or: fields.map((field) => ({ [`${prefix}${field}`]: { like: address } })),
})

/** The documents of `collection` whose `fields` hold `address` (normalised), with hidden fields left out. */
export async function findByAddress(
  payload: Payload,
  collection: CollectionSlug,
  fields: readonly string[],
  address: string,
): Promise<StoredDoc[]> {
  const { docs } = await payload.find({
    collection,
    where: addressWhere(fields, address),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as unknown as StoredDoc[]).filter((doc) => holdsAddress(doc, fields, address))
}
