import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** An event ends after it starts and takes place somewhere: an address, online, or both. */
export const validateEventWhenAndWhere: CollectionBeforeValidateHook = ({ data, originalDoc, req, collection }) => {
  const merged = { ...originalDoc, ...data }
  if (merged._status === 'draft') return data
  const errors: { path: string; message: string }[] = []
  if (merged.startsAt && merged.endsAt && new Date(merged.endsAt) < new Date(merged.startsAt)) {
    errors.push({ path: 'endsAt', message: 'De eindtijd ligt vóór de begintijd.' })
  }
  if (!merged.location && !merged.onlineUrl) {
    errors.push({ path: 'location', message: 'Vul een locatie of een link om online deel te nemen in.' })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
