import type { CollectionSlug, Payload } from 'payload'
import { findByAddress, type StoredDoc } from './findByAddress'
import type { PersonalDataPlace } from './types'

type DeletedPlaceOptions = {
  key: string
  label: string
  collection: CollectionSlug
  /** Fields that hold an address. */
  fields: readonly string[]
  /** Runs after the documents are deleted (a site rebuild, for instance). */
  afterErase?: (payload: Payload, deleted: StoredDoc[]) => void | Promise<void>
}

/** A collection whose documents belong to one person each: the export holds them whole, erasing deletes them. */
export function deletedPlace({ key, label, collection, fields, afterErase }: DeletedPlaceOptions): PersonalDataPlace {
  return {
    key,
    label,
    find: (payload, address) => findByAddress(payload, collection, fields, address),
    erase: async (payload, address) => {
      const docs = await findByAddress(payload, collection, fields, address)
      if (docs.length > 0) {
        const { errors } = await payload.delete({
          collection,
          where: { id: { in: docs.map((doc) => doc.id) } },
          depth: 0,
          overrideAccess: true,
        })
        if (errors.length > 0) throw new Error(`${label}: ${errors.length} niet verwijderd (${errors[0]?.message})`)
        await afterErase?.(payload, docs)
      }
      return { deleted: docs.length, anonymised: 0, kept: 0 }
    },
  }
}
