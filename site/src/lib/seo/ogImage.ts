import { getImage } from 'astro:assets'
import { mediaFetchUrl } from '../content/media'
import type { MediaDoc } from '../content/types'

export interface OgImage {
  url: string
  width: number
  height: number
  alt: string
}

const DEFAULT_OG_IMAGE = { path: '/og-default.png', width: 1200, height: 630, alt: 'Met Andere Ogen' }

/** A 1200×630 JPEG for social previews, cut from the first usable CMS image, or the default image. */
export async function ogImage(
  candidates: (MediaDoc | null | undefined)[],
  site: URL,
  fallbackAlt: string,
): Promise<OgImage> {
  const media = candidates.find((item) => item?.url && item.mimeType?.startsWith('image/') && item.width && item.height)
  if (!media?.url) {
    return {
      url: new URL(DEFAULT_OG_IMAGE.path, site).toString(),
      width: DEFAULT_OG_IMAGE.width,
      height: DEFAULT_OG_IMAGE.height,
      alt: fallbackAlt,
    }
  }
  const image = await getImage({
    src: mediaFetchUrl(media.url, media.updatedAt),
    width: 1200,
    height: 630,
    fit: 'cover',
    format: 'jpg',
  })
  return { url: new URL(image.src, site).toString(), width: 1200, height: 630, alt: media.alt || fallbackAlt }
}
