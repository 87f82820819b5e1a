import type { APIRoute, GetStaticPaths } from 'astro'
import { newsletterImage, newsletterImageBytes, type NewsletterImage } from '../../../lib/newsletter/newsletterImages'
import { loadSiteContent } from '../../../lib/content/loadSiteContent'
import { withCacheKeys } from '../../../lib/incremental/withCacheKeys'

/** /nieuwsbrief/beelden/<file>: the images the newsletter emails link to (see newsletterImages.ts). */
export const getStaticPaths = withCacheKeys(async () => {
  const { news, practices } = await loadSiteContent()
  const images = new Map<string, NewsletterImage>()
  for (const doc of [...news, ...practices]) {
    const image = newsletterImage(doc.heroImage)
    if (image) images.set(image.file, image)
  }
  return [...images.values()].map((image) => ({ params: { file: image.file }, props: { image } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(await newsletterImageBytes((props as { image: NewsletterImage }).image))
