import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { activeRegistrationCount } from './rows'

/**
 * Capacity can go up at any time, but never below the number already registered: their places
 * stand (the waitlist moves up when capacity grows). Used by communities and events.
 */
export const guardCapacity: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || !originalDoc) return data
  const capacity = (data as { capacity?: number | null }).capacity
  const previous = (originalDoc as { capacity?: number | null }).capacity
  if (typeof capacity !== 'number' || typeof previous !== 'number' || capacity >= previous) return data
  const active = await activeRegistrationCount(req.payload, `${collection.slug}:${originalDoc.id}`, req)
  const registered = Math.min(active, previous)
  if (capacity < registered) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'capacity',
          message: `Er zijn al ${registered} deelnemers ingeschreven. Het aantal plaatsen kan niet lager zijn dan ${registered}.`,
        },
      ],
      req,
    })
  }
  return data
}
