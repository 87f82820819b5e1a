import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fetchBytes } from '../cms/fetchBytes'
import { mediaFetchUrl } from '../content/media'
import type { MediaDoc } from '../content/types'
import { currentBuild } from '../incremental/incrementalBuild'

/**
 * The newsletter's images, served by the site at a stable address: /nieuwsbrief/beelden/<file>,
 * the `card` size (800 px wide) of every news item's and practice's image, under the CMS's own
 * file name. The CMS puts exactly that address in the email (NEWSLETTER_MEDIA_URL), and a site
 * build containing an edition's items succeeds before the edition can be sent, so the images
 * are there. They stay: emails opened months later still show them.
 */
export interface NewsletterImage {
  file: string
  sourceUrl: string
}

/** The CMS file name and download URL of a media document's card size (or the original). */
export function newsletterImage(media: MediaDoc | null | undefined): NewsletterImage | undefined {
  if (!media?.mimeType?.startsWith('image/')) return undefined
  const url = media.sizes?.card?.url ?? media.url
  if (!url) return undefined
  const file = decodeURIComponent(url.split('?')[0]!.split('/').pop() ?? '')
  // A plain file name (uploads may contain spaces), never a path.
  if (!/^[^/\\]+\.(webp|jpe?g|png|gif|avif)$/i.test(file) || file.startsWith('.')) return undefined
  return { file, sourceUrl: mediaFetchUrl(url) }
}

/** Astro's cache folder as the build resolved it (the warm build process runs elsewhere than site/). */
const cacheDir = () =>
  path.join(
    currentBuild()?.cacheDir ?? path.resolve(process.env.SITE_CACHE_DIR || './node_modules/.astro'),
    'newsletter-images',
  )

/**
 * The image's bytes, downloaded from the CMS once and then kept in the build cache: uploads never
 * change under the same file name, so later builds skip the download.
 */
export async function newsletterImageBytes(image: NewsletterImage): Promise<Uint8Array<ArrayBuffer>> {
  const cached = path.join(cacheDir(), image.file)
  try {
    return new Uint8Array(await readFile(cached))
  } catch {
    const bytes = await fetchBytes(image.sourceUrl)
    await mkdir(cacheDir(), { recursive: true })
    await writeFile(cached, bytes)
    return bytes
  }
}
