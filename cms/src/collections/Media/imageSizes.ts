import type { ImageSize } from 'payload'

const webp = { format: 'webp' as const, options: { quality: 80 } }

/**
 * Sizes with a width and a height are crops: Payload cuts them around the editor's focal point
 * (`position` only applies to uploads without one, such as API uploads). The site picks one per
 * place: `card` for cards, `hero` for the large image of an article or the home page, `portrait`
 * for photos of people, `og` for social previews; `content` keeps the whole image for images in
 * the text. Each is the largest the site shows; Astro makes the smaller widths from it.
 */
export const mediaImageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
  { name: 'card', width: 800, height: 450, position: 'centre', formatOptions: webp },
  { name: 'hero', width: 1600, height: 900, position: 'centre', formatOptions: webp },
  // Faces usually sit high in a photo; without a focal point, sharp's "attention" finds them.
  { name: 'portrait', width: 600, height: 750, position: 'attention', formatOptions: webp },
  { name: 'content', width: 1600, formatOptions: webp },
  { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: webp },
]

export const mediaFormatOptions = webp
