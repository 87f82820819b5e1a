import type { Payload } from 'payload'
import { publicCollectionInfo } from '@mao/shared/collections'
import type { Media, News, Newsletter, Practice } from '@mao/shared/payload-types'
import { editionPath } from '@mao/shared/sitePaths'
import { absoluteUrl, pathFor } from '@mao/shared/urls'
import { formatDate } from '@mao/shared/dates'
import { newsletterSettings } from '../settings'
import type { NewsletterEmailItem, NewsletterEmailProps } from './NewsletterEmail'

/** Stands in for each recipient's own unsubscribe link until the email is personalised. */
export const UNSUBSCRIBE_PLACEHOLDER = 'https://afmelden.invalid/__MAO_UNSUBSCRIBE__'

type ItemDoc = (News | Practice) & { _status?: 'draft' | 'published' | null }

function image(media: ItemDoc['heroImage'], mediaUrl: string): NewsletterEmailItem['image'] {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return undefined
  const { card } = (media as Media).sizes ?? {}
  const filename = card?.filename ?? media.filename
  const width = card?.width ?? media.width
  const height = card?.height ?? media.height
  if (!filename || !width || !height) return undefined
  return { src: `${mediaUrl}/${encodeURIComponent(filename)}`, alt: media.alt ?? '', width, height }
}

/**
 * The email's content for an edition: its items in the editor's order, published versions only
 * (an item unpublished since is left out), with absolute links and images on the site.
 */
export async function editionEmailProps(
  payload: Payload,
  newsletter: Newsletter,
  now = new Date(),
): Promise<NewsletterEmailProps> {
  const { siteUrl, mediaUrl } = newsletterSettings()
  const refs = (newsletter.items ?? []).map((row) => row.item)
  const docs = new Map<string, ItemDoc>()
  for (const collection of ['news', 'practices'] as const) {
    const ids = refs
      .filter((ref) => ref.relationTo === collection)
      .map((ref) => (typeof ref.value === 'object' ? ref.value.id : ref.value))
    if (ids.length === 0) continue
    const { docs: found } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      depth: 1,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of found) docs.set(`${collection}:${doc.id}`, doc)
  }
  const items: NewsletterEmailItem[] = []
  for (const ref of refs) {
    const id = typeof ref.value === 'object' ? ref.value.id : ref.value
    const doc = docs.get(`${ref.relationTo}:${id}`)
    if (!doc) continue
    items.push({
      kind: publicCollectionInfo[ref.relationTo].itemLabel,
      title: doc.title,
      summary: doc.summary ?? '',
      url: absoluteUrl(siteUrl, pathFor(ref.relationTo, doc)),
      image: image(doc.heroImage, mediaUrl),
    })
  }
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => undefined)
  const edition = newsletter.edition ?? 0
  return {
    siteName: settings?.siteName || 'Met Andere Ogen',
    siteUrl,
    edition,
    title: newsletter.title || `Nieuwsupdate ${edition}`,
    intro: newsletter.intro ?? '',
    dateLabel: formatDate(now),
    items,
    archiveUrl: absoluteUrl(siteUrl, editionPath(edition)),
    unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
  }
}
