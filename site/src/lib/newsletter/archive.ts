import {
  newsletterEventDetails,
  newsletterSections,
  type NewsletterSectionCollection,
} from '@mao/shared/newsletterSections'
import { eventKindLabels, type EventKind } from '@mao/shared/selectOptions'
import { pathFor } from '@mao/shared/urls'
import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'
import { trackedSource } from '../incremental/trackedSource'
import { perBuild } from '../incremental/perBuild'

export interface ArchiveItem {
  collection: NewsletterSectionCollection
  /** A line above the title: the kind of an activity ("Webinar"). */
  kind?: string
  title: string
  summary: string
  href: string
  /** An activity's date and time, and its place, as the email showed them. */
  when?: string
  place?: string
}

export interface ArchivedEdition {
  edition: number
  title: string
  intro: string
  sentAt: string
  /** In the editor's order; the page groups them with `groupBySection` like the email. */
  items: ArchiveItem[]
}

export interface RawEdition {
  edition?: unknown
  title?: unknown
  intro?: unknown
  sentAt?: unknown
  items?: { item?: { relationTo?: unknown; value?: unknown } }[] | null
}

type RawDoc = {
  title?: unknown
  summary?: unknown
  slug?: unknown
  kind?: unknown
  startsAt?: unknown
  endsAt?: unknown
  location?: unknown
  onlineUrl?: unknown
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const isSectionCollection = (value: unknown): value is NewsletterSectionCollection =>
  newsletterSections.some((section) => section.collection === value)

/** An activity's kind, date, time and place; without a start date it is shown as a plain item. */
function eventDetails(doc: RawDoc): Pick<ArchiveItem, 'kind' | 'when' | 'place'> {
  const startsAt = text(doc.startsAt)
  if (!startsAt) return {}
  const kind = eventKindLabels[doc.kind as EventKind] as string | undefined
  const details = newsletterEventDetails({
    startsAt,
    endsAt: text(doc.endsAt),
    location: text(doc.location),
    onlineUrl: text(doc.onlineUrl),
  })
  return kind ? { kind, ...details } : details
}

/** An item still published (anonymous reads populate only those) becomes a link on the site. */
function toItem(row: NonNullable<RawEdition['items']>[number]): ArchiveItem | undefined {
  const relationTo = row.item?.relationTo
  const doc = row.item?.value as RawDoc | undefined
  if (!isSectionCollection(relationTo) || !doc || typeof doc !== 'object' || typeof doc.title !== 'string')
    return undefined
  return {
    collection: relationTo,
    title: doc.title,
    summary: text(doc.summary) ?? '',
    href: pathFor(relationTo, { slug: String(doc.slug ?? '') }),
    ...(relationTo === 'events' ? eventDetails(doc) : {}),
  }
}

/** A sent edition as the CMS returns it (depth 1, read anonymously), for the archive pages. */
export function toArchivedEdition(raw: RawEdition): ArchivedEdition {
  if (typeof raw.edition !== 'number' || typeof raw.sentAt !== 'string')
    throw new CmsError('A sent newsletter from the CMS has no edition number or send date.')
  return {
    edition: raw.edition,
    title: typeof raw.title === 'string' && raw.title ? raw.title : `Nieuwsupdate ${raw.edition}`,
    intro: typeof raw.intro === 'string' ? raw.intro : '',
    sentAt: raw.sentAt,
    items: (raw.items ?? []).map(toItem).filter((item): item is ArchiveItem => item !== undefined),
  }
}

const archive = perBuild<Promise<ArchivedEdition[]>>()

/** Every sent edition, newest first, fetched once per build from the CMS (anonymous: sent editions only). */
export const loadNewsletterArchive = trackedSource('newsletter-archive', (): Promise<ArchivedEdition[]> => {
  const slot = archive()
  slot.value ??= (async () => {
    const url = `${cmsUrl()}/api/newsletters?where[status][equals]=sent&sort=-edition&depth=1&limit=0&pagination=false`
    const page = (await fetchJson(url)) as { docs?: RawEdition[] } | null
    if (!page || !Array.isArray(page.docs)) throw new CmsError(`The CMS answer for ${url} has no docs.`)
    return page.docs.map(toArchivedEdition)
  })()
  return slot.value
})
