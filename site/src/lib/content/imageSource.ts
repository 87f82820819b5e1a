import type { MediaDoc } from './types'

/**
 * Where an image is shown decides its crop: the CMS cuts `card` (16:9), `hero` (16:9, large) and
 * `portrait` (4:5) around the editor's focal point; `content` keeps the whole image (images in the
 * text, logos).
 */
export type ImageCrop = 'card' | 'hero' | 'portrait' | 'content'

export interface ImageSource {
  url: string
  width: number
  height: number
  /** The focal point within this source, in percent: where CSS `object-fit: cover` must keep it. */
  focus: { x: number; y: number }
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/**
 * Where the focal point lies in a crop the CMS made: Payload scales the original to cover the crop
 * and cuts it centred on the focal point, pushed back inside the edges.
 */
function focusWithinCrop(
  original: { width: number; height: number },
  crop: { width: number; height: number },
  focus: { x: number; y: number },
) {
  const scale = Math.max(crop.width / original.width, crop.height / original.height)
  const axis = (originalSide: number, cropSide: number, percent: number) => {
    const scaledSide = originalSide * scale
    const point = (scaledSide * percent) / 100
    const start = clamp(point - cropSide / 2, 0, Math.max(scaledSide - cropSide, 0))
    return clamp(((point - start) / cropSide) * 100, 0, 100)
  }
  return { x: axis(original.width, crop.width, focus.x), y: axis(original.height, crop.height, focus.y) }
}

/**
 * The file to resize for one place: the CMS's crop for it, or the original when the CMS made none
 * (an image smaller than the crop, or uploaded before the crop existed). Undefined for files that
 * are no usable image.
 */
export function imageSource(media: MediaDoc, crop: ImageCrop): ImageSource | undefined {
  if (!media.url || !media.width || !media.height || !media.mimeType?.startsWith('image/')) return undefined
  const focus = { x: clamp(media.focalX ?? 50, 0, 100), y: clamp(media.focalY ?? 50, 0, 100) }
  const original = { url: media.url, width: media.width, height: media.height, focus }
  const size = media.sizes?.[crop]
  if (!size?.url || !size.width || !size.height) return original
  const sized = { width: size.width, height: size.height }
  const isCrop = Math.abs(sized.width / sized.height - media.width / media.height) > 0.01
  return { url: size.url, ...sized, focus: isCrop ? focusWithinCrop(original, sized, focus) : focus }
}

/** The alt text to render: empty on purpose for decorative images. */
export const altText = (media: MediaDoc): string => (media.decorative ? '' : media.alt)

/**
 * Classes that set `object-position` to the focal point, in steps of 5 %: the site's
 * Content-Security-Policy allows no inline style attributes (see focalPoint.css).
 */
export function focusClasses(focus: { x: number; y: number }): string[] {
  const step = (percent: number) => Math.round(percent / 5) * 5
  return ['mao-focus', `mao-focus-x${step(focus.x)}`, `mao-focus-y${step(focus.y)}`]
}
