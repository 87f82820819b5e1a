import { publicCollectionInfo } from '@mao/shared/collections'
import { newsletterPaths, participationPaths, reservedPublicationSlugs, sitePaths } from '@mao/shared/sitePaths'
import { isValidSlug } from '@mao/shared/slug'
import { collectionPaths, isRoutedCollection, pathFor, type RoutedCollection } from '@mao/shared/urls'
import { byId } from './relations'
import type { PageDoc, RoutedDocs } from './types'

const firstSegment = (path: string): string => path.split('/')[1] ?? ''

/**
 * The participation pages the site renders itself. The forms' own pages (aandeelhouder worden,
 * contact, the contributions, the privacy statement) are CMS pages and stay open to them.
 */
const participationPages = [
  participationPaths.shareholders,
  participationPaths.registrationThanks,
  participationPaths.contributionThanks,
  participationPaths.invalidLink,
  participationPaths.figures,
]

/**
 * First path segments that belong to the site's own routes (sections, the newsletter, search,
 * participation, build output and the CMS's API); generic pages may not take them.
 */
const RESERVED_SEGMENTS = new Set(
  [
    ...Object.values(collectionPaths),
    ...Object.values(sitePaths),
    ...participationPages,
    newsletterPaths.signup,
    '/404',
    '/410',
    '/_astro',
    '/api',
  ]
    .map(firstSegment)
    .filter((segment) => segment !== ''),
)

/** Path segments a section's own routes use below its path: no document of it may take one as its slug. */
const RESERVED_SLUGS: Partial<Record<RoutedCollection, readonly string[]>> = {
  publications: reservedPublicationSlugs,
}

/** Whether `slug` is taken by the section's own routes and may not name a document. */
export const isReservedSlug = (collection: RoutedCollection, slug: string): boolean =>
  RESERVED_SLUGS[collection]?.includes(slug) ?? false

/** The breadcrumb of a collection's section: its label, linking to its index. */
export const sectionCrumb = (collection: RoutedCollection): { label: string; href: string } => ({
  label: publicCollectionInfo[collection].label,
  href: collectionPaths[collection],
})

/** The nested path of a generic page (`/het-programma/de-zeven-adviezen`), or null when it cannot be built. */
export function pagePath(page: Pick<PageDoc, 'slug' | 'breadcrumbs'>): string | null {
  const path = pathFor('pages', { slug: page.slug, breadcrumbs: page.breadcrumbs })
  const segments = path.split('/').slice(1)
  if (segments.length === 0 || !segments.every(isValidSlug)) return null
  if (RESERVED_SEGMENTS.has(segments[0] ?? '')) return null
  return path
}

/**
 * Resolves an internal rich-text link (`relationTo` plus a populated document or an id) to
 * the site path of a published document; drafts and unknown documents give undefined.
 */
export function internalLinkResolver(content: RoutedDocs): (relationTo: string, value: unknown) => string | undefined {
  return (relationTo, value) => {
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
    if (typeof id !== 'number' && typeof id !== 'string') return undefined
    const key = String(id)
    if (relationTo === 'pages') {
      const page = byId(content.pages).get(key)
      return page ? (pagePath(page) ?? undefined) : undefined
    }
    if (!isRoutedCollection(relationTo)) return undefined
    const docs: readonly { id: string; slug: string }[] = content[relationTo]
    const doc = byId(docs).get(key)
    return doc ? pathFor(relationTo, doc) : undefined
  }
}
