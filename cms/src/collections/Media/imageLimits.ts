/**
 * Bounds on what an uploaded image may cost to decode and to keep.
 *
 * MAX_IMAGE_PIXELS: 50 megapixels covers every camera and phone an editor uses (a 45 MP full-frame
 * camera is 8256×5504, a phone's 48 MP mode 8000×6000) while capping one decode at about 200 MB
 * (4 bytes per pixel). A 35-byte GIF can declare a 16000×16000 frame: about 1 GB once decoded.
 * Frames of an animated image count together, as they are decoded together.
 *
 * MAX_ORIGINAL_SIDE: the largest size the site serves is `hero` at 1600 px; 4000 px leaves room
 * for a sharp hero on 2× screens and for crops, and keeps a stored original to a few MB.
 */
export const MAX_IMAGE_PIXELS = 50_000_000
export const MAX_ORIGINAL_SIDE = 4000

const megapixels = (pixels: number): string => (pixels / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 0 })

export const tooManyPixelsMessage = (width: number, height: number, frames: number): string =>
  `De afbeelding is te groot: ${width} × ${height} pixels${frames > 1 ? ` in ${frames} beelden` : ''}. ` +
  `Upload een afbeelding van maximaal ${megapixels(MAX_IMAGE_PIXELS)} megapixel, bijvoorbeeld ${MAX_ORIGINAL_SIDE} × 3000 pixels.`
