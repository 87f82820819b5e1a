import type { CollectionBeforeValidateHook } from 'payload'

/** A new edition gets the next number and, when left empty, the title "Nieuwsupdate <n>". */
export const assignEdition: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  if (typeof data.edition !== 'number') {
    const { docs } = await req.payload.find({
      collection: 'newsletters',
      sort: '-edition',
      limit: 1,
      depth: 0,
      select: { edition: true },
      overrideAccess: true,
      req,
    })
    data.edition = (docs[0]?.edition ?? 0) + 1
  }
  if (typeof data.title !== 'string' || data.title.trim() === '') data.title = `Nieuwsupdate ${data.edition}`
  return data
}
