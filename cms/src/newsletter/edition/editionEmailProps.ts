import type { Payload } from 'payload'
import type { Event, Media, News, Newsletter, Practice } from '@mao/shared/payload-types'
import { newsletterEventDetails, newsletterSections } from '@mao/shared/newsletterSections'
import { eventKindLabels } from '@mao/shared/selectOptions'
import { editionPath } from '@mao/shared/sitePaths'
import { absoluteUrl, pathFor } from '@mao/shared/urls'
import { formatDate } from '@mao/shared/dates'
import { newsletterSettings } from '../settings'
import type { NewsletterEmailItem, NewsletterEmailProps } from './NewsletterEmail'

/** Stands in for each recipient's own unsubscribe link until the email is personalised. */
export const UNSUBSCRIBE_PLACEHOLDER = 'https://afmelden.invalid/__MAO_UNSUBSCRIBE__'

/** What an edition's email is made of (a stored edition, or one being recorded). */
export type EditionContent = Pick<Newsletter, 'edition' | 'title' | 'intro' | 'items'>

type ItemRef = NonNullable<Newsletter['items']>[number]['item']
type ItemDoc = News | Practice | Event

function image(media: News['heroImage'], mediaUrl: string): NewsletterEmailItem['image'] {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return undefined
  const { card } = (media as Media).sizes ?? {}
  const filename = card?.filename ?? media.filename
  const width = card?.width ?? media.width
  const height = card?.height ?? media.height
  if (!filename || !width || !height) return undefined
  const credit = media.credit?.trim()
  return {
    src: `${mediaUrl}/${encodeURIComponent(filename)}`,
    alt: media.decorative ? '' : (media.alt ?? ''),
    width,
    height,
    ...(credit ? { credit } : {}),
  }
}

const idOf = (ref: ItemRef) => (typeof ref.value === 'object' ? ref.value.id : ref.value)

/** The published versions of the referenced documents, by `<collection>:<id>`. */
async function publishedDocs(payload: Payload, refs: ItemRef[]): Promise<Map<string, ItemDoc>> {
  const docs = new Map<string, ItemDoc>()
  for (const { collection } of newsletterSections) {
    const ids = refs.filter((ref) => ref.relationTo === collection).map(idOf)
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
  return docs
}

function emailItem(ref: ItemRef, doc: ItemDoc, { siteUrl, mediaUrl }: { siteUrl: string; mediaUrl: string }) {
  const common = {
    title: doc.title,
    summary: doc.summary ?? '',
    url: absoluteUrl(siteUrl, pathFor(ref.relationTo, doc)),
  }
  if (ref.relationTo === 'events') {
    const event = doc as Event
    return {
      collection: 'events',
      kind: eventKindLabels[event.kind],
      ...common,
      ...newsletterEventDetails(event),
    } as const
  }
  return { collection: ref.relationTo, ...common, image: image((doc as News | Practice).heroImage, mediaUrl) }
}

/**
 * The email's content for an edition: its items in the editor's order, published versions only
 * (an item unpublished since is left out), with absolute links and images on the site. The email
 * groups them into sections.
 */
export async function editionEmailProps(
  payload: Payload,
  newsletter: EditionContent,
  now = new Date(),
): Promise<NewsletterEmailProps> {
  const { siteUrl, mediaUrl } = newsletterSettings()
  const refs = (newsletter.items ?? []).map((row) => row.item)
  const docs = await publishedDocs(payload, refs)
  const items: NewsletterEmailItem[] = []
  for (const ref of refs) {
    const doc = docs.get(`${ref.relationTo}:${idOf(ref)}`)
    if (doc) items.push(emailItem(ref, doc, { siteUrl, mediaUrl }))
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
