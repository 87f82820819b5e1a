import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasContributorRole } from '../../access/hasContributorRole'

export const REGIONS_REFUSED = 'Kies alleen inspiratieregio’s waarvoor je bijdrager bent (minstens één).'

const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((item) => String(item && typeof item === 'object' ? (item as { id: unknown }).id : item))
    : []

/** A contributor's document is about one or more of the contributor's own regions, and no others. */
export const keepContributorsToTheirRegions: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const user = req.user
  if (!hasContributorRole(user)) return data
  const own = new Set(ids(user.regions))
  const chosen = ids('regions' in data ? data.regions : originalDoc?.regions)
  if (chosen.length > 0 && chosen.every((id) => own.has(id))) return data
  // The message itself says why: the admin shows it in its notice, where a validation error would
  // only name the field (saving a draft shows no field errors).
  throw new APIError(
    REGIONS_REFUSED,
    400,
    { collection: collection.slug, errors: [{ path: 'regions', message: REGIONS_REFUSED }] },
    true,
  )
}
