import type { RegionDoc, ThemeDoc } from './types'

export interface FilterLink {
  label: string
  href: string
  count: number
  slug: string
}

type Tagged = { themes: string[]; regions: string[] }

/** Links to the pre-built filter pages that have at least one document, with counts. */
export function filterLinks(
  docs: readonly Tagged[],
  options: { basePath: string; field: 'themes' | 'regions'; terms: readonly (ThemeDoc | RegionDoc)[] },
): FilterLink[] {
  const segment = options.field === 'themes' ? 'thema' : 'regio'
  return options.terms
    .map((term) => ({
      label: term.title,
      slug: term.slug,
      href: `${options.basePath}/${segment}/${term.slug}`,
      count: docs.filter((doc) => doc[options.field].includes(term.id)).length,
    }))
    .filter((link) => link.count > 0)
}

/** Page-number URLs: page 1 is the list itself, then /2, /3… */
export const pageHref =
  (basePath: string) =>
  (page: number): string =>
    page <= 1 ? basePath : `${basePath}/${page}`

export const PAGE_SIZE = 12
