/** What editors may upload: web images and PDF. SVG is refused (it can carry scripts). */
export const allowedMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.MEDIA_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES
}

export const formatMegabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`

export const tooLargeMessage = (limit: number): string =>
  `Het bestand is te groot. Upload een bestand van maximaal ${formatMegabytes(limit)}.`

export const wrongTypeMessage =
  'Dit bestandstype is niet toegestaan. Upload een afbeelding (JPG, PNG, WebP, AVIF of GIF) of een pdf.'
