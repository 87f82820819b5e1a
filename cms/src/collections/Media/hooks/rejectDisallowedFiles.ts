import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { allowedMimeTypes, maxUploadBytes, tooLargeMessage, wrongTypeMessage } from '../uploadLimits'

/**
 * Checks size and type before anything is written, for uploads through REST and the Local API
 * alike (the HTTP body limit alone does not cover Local API calls).
 */
export const rejectDisallowedFiles: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const limit = maxUploadBytes()
  if (file.size > limit) throw new APIError(tooLargeMessage(limit), 413, undefined, true)
  const mimeType = file.mimetype.toLowerCase()
  if (!allowedMimeTypes.includes(mimeType) || /\.svgz?$/i.test(file.name)) {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: wrongTypeMessage }], req })
  }
  return args
}
