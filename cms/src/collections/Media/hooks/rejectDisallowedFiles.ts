import { APIError, ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { MAX_IMAGE_PIXELS, tooManyPixelsMessage } from '../imageLimits'
import { imageSize, pixelCount } from '../imagePixels'
import { allowedMimeTypes, maxUploadBytes, tooLargeMessage, wrongTypeMessage } from '../uploadLimits'

/**
 * Checks size, type and pixel count before anything is written or decoded, for uploads through
 * REST and the Local API alike (the HTTP body limit alone does not cover Local API calls). The
 * pixel count comes from the header whatever type the client claimed: Payload sniffs the real
 * type and would decode a GIF sent as a PDF.
 */
export const rejectDisallowedFiles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const limit = maxUploadBytes()
  if (file.size > limit) throw new APIError(tooLargeMessage(limit), 413, undefined, true)
  const refuse = (message: string) =>
    new ValidationError({ collection: 'media', errors: [{ path: 'file', message }], req })
  const mimeType = file.mimetype.toLowerCase()
  if (!allowedMimeTypes.includes(mimeType) || /\.svgz?$/i.test(file.name)) throw refuse(wrongTypeMessage)
  const size = await imageSize(file.tempFilePath ?? file.data)
  if (size && pixelCount(size) > MAX_IMAGE_PIXELS)
    throw refuse(tooManyPixelsMessage(size.width, size.height, size.frames))
  return args
}
