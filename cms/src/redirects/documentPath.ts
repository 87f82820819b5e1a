import { pathFor } from '@mao/shared/urls'
import type { CollectionWithPage } from '@mao/shared/collections'

type RoutedDoc = { slug?: string | null; breadcrumbs?: { url?: string | null }[] | null; _status?: unknown }

/** Whether the document is live on the site (collections without drafts are live once saved). */
export const isLive = (doc: RoutedDoc | null | undefined): boolean =>
  Boolean(doc) && (doc?._status === undefined || doc._status === 'published')

/** The site path of a live document, or undefined when it has none yet. */
export function livePath(collection: CollectionWithPage, doc: RoutedDoc | null | undefined): string | undefined {
  if (!doc || !isLive(doc) || !doc.slug) return undefined
  return pathFor(collection, doc)
}
