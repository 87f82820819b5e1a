import { publicCollectionInfo } from '@mao/shared/collections'
import { isRoutedCollection, pathFor } from '@mao/shared/urls'
import { CmsError } from '../cms/CmsError'
import { fetchJson } from '../cms/fetchJson'
import { cmsUrl } from '../env'

export interface ArchiveItem {
  kind: string
  title: string
  summary: string
  href: string
}

export interface ArchivedEdition {
  edition: number
  title: string
  intro: string
  sentAt: string
  items: ArchiveItem[]
}

interface RawEdition {
  edition?: unknown
  title?: unknown
  intro?: unknown
  sentAt?: unknown
  items?: { item?: { relationTo?: unknown; value?: unknown } }[] | null
}

/** An item still published (anonymous reads populate only those) becomes a link on the site. */
function toItem(row: NonNullable<RawEdition['items']>[number]): ArchiveItem | undefined {
  const relationTo = row.item?.relationTo
  const doc = row.item?.value as { title?: unknown; summary?: unknown; slug?: unknown } | undefined
  if (
    typeof relationTo !== 'string' ||
    !isRoutedCollection(relationTo) ||
    !doc ||
    typeof doc !== 'object' ||
    typeof doc.title !== 'string'
  )
    return undefined
  return {
    kind: publicCollectionInfo[relationTo].itemLabel,
    title: doc.title,
    summary: typeof doc.summary === 'string' ? doc.summary : '',
    href: pathFor(relationTo, { slug: String(doc.slug ?? '') }),
  }
}

function toArchivedEdition(raw: RawEdition): ArchivedEdition {
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

let archive: Promise<ArchivedEdition[]> | undefined

/** Every sent edition, newest first, fetched once per build from the CMS (anonymous: sent editions only). */
export function loadNewsletterArchive(): Promise<ArchivedEdition[]> {
  archive ??= (async () => {
    const url = `${cmsUrl()}/api/newsletters?where[status][equals]=sent&sort=-edition&depth=1&limit=0&pagination=false`
    const page = (await fetchJson(url)) as { docs?: RawEdition[] } | null
    if (!page || !Array.isArray(page.docs)) throw new CmsError(`The CMS answer for ${url} has no docs.`)
    return page.docs.map(toArchivedEdition)
  })()
  return archive
}
