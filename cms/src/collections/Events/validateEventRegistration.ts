import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** How people sign up decides what must be filled in: the outside link, or the number of places. */
export const validateEventRegistration: CollectionBeforeValidateHook = ({ data, originalDoc, req, collection }) => {
  const merged = { ...originalDoc, ...data }
  if (merged._status === 'draft') return data
  const errors: { path: string; message: string }[] = []
  if (merged.registration === 'url' && !merged.registrationUrl) {
    errors.push({ path: 'registrationUrl', message: 'Vul de link in waar bezoekers zich aanmelden.' })
  }
  if (merged.registration === 'form' && !(typeof merged.capacity === 'number' && merged.capacity >= 1)) {
    errors.push({ path: 'capacity', message: 'Vul het aantal plaatsen in (minstens 1).' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
