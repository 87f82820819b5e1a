import { publicCollectionInfo, type PublicCollection } from './collections'

/** The public collections whose documents each have a page under their section's path. */
export type RoutedCollection = {
  [Slug in PublicCollection]: (typeof publicCollectionInfo)[Slug] extends { path: string } ? Slug : never
}[PublicCollection]

/** The section path of each routed collection (`/nieuws`, `/toolbox/goede-voorbeelden`…). */
export const collectionPaths = Object.fromEntries(
  Object.entries(publicCollectionInfo).flatMap(([slug, info]) => ('path' in info ? [[slug, info.path]] : [])),
) as { [Slug in RoutedCollection]: (typeof publicCollectionInfo)[Slug]['path'] }

export function isRoutedCollection(collection: string): collection is RoutedCollection {
  return Object.hasOwn(collectionPaths, collection)
}

/** Site path for a document; pages use their nested-docs breadcrumb path. */
export function pathFor(
  collection: RoutedCollection | 'pages',
  doc: { slug?: string | null; breadcrumbs?: { url?: string | null }[] | null },
): string {
  if (collection === 'pages') {
    const nested = doc.breadcrumbs?.at(-1)?.url
    return nested || `/${doc.slug ?? ''}`
  }
  return `${collectionPaths[collection]}/${doc.slug ?? ''}`
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}

/** Only http(s), mailto, tel and site-relative links are allowed in content. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false
  const value = href.trim()
  if (value.startsWith('/') && !value.startsWith('//')) return true
  if (value.startsWith('#')) return true
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9 ()-]+)$/i.test(value)
}
