import type { CollectionSlug } from 'payload'
import { publicCollections } from '@mao/shared/collections'
import { isRoutedCollection, pathFor } from '@mao/shared/urls'
import { siteUrl } from './env'

type SeoDoc = { title?: unknown; summary?: unknown; slug?: unknown; breadcrumbs?: { url?: string | null }[] | null }

/** Every public collection with a page of its own (partners and team members have none). */
export const seoCollections: CollectionSlug[] = publicCollections.filter(
  (slug) => slug === 'pages' || isRoutedCollection(slug),
)

export const seoTitle = ({ doc }: { doc: SeoDoc }): string =>
  typeof doc.title === 'string' ? `${doc.title} | Met Andere Ogen` : 'Met Andere Ogen'

export const seoDescription = ({ doc }: { doc: SeoDoc }): string =>
  typeof doc.summary === 'string' ? doc.summary.slice(0, 160) : ''

export const seoUrl = ({ doc, collectionSlug }: { doc: SeoDoc; collectionSlug?: string }): string => {
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  if (collectionSlug === 'pages') return `${siteUrl()}${pathFor('pages', { slug, breadcrumbs: doc.breadcrumbs })}`
  if (collectionSlug && isRoutedCollection(collectionSlug)) return `${siteUrl()}${pathFor(collectionSlug, { slug })}`
  return siteUrl()
}
