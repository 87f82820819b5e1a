import type { Config } from 'payload'
import sharp from 'sharp'
import { MAX_IMAGE_PIXELS } from './imageLimits'

/**
 * Payload's `sharp` with every decode capped at MAX_IMAGE_PIXELS (sharp's own default allows
 * 268 megapixels). Payload creates every sharp instance through this function: the original,
 * the image sizes, crops and size probes. The upload hook refuses such images earlier with a
 * readable message; this is the backstop for any path that skips the hook.
 */
export const limitedSharp: NonNullable<Config['sharp']> = (input, options) =>
  sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })
