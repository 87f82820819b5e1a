import { describe, expect, it } from 'vitest'
import { internalLinkResolver, pagePath } from './paths'
import type { RoutedDocs } from './types'

const page = (slug: string, urls: string[]) => ({
  slug,
  breadcrumbs: urls.map((url) => ({ url, label: null, doc: null })),
})

describe('pagePath', () => {
  it('uses the nested-docs path of the page', () => {
    expect(pagePath(page('de-zeven-adviezen', ['/het-programma', '/het-programma/de-zeven-adviezen']))).toBe(
      '/het-programma/de-zeven-adviezen',
    )
    expect(pagePath(page('contact', []))).toBe('/contact')
  })

  it('refuses paths that belong to the site’s own routes or are malformed', () => {
    expect(pagePath(page('nieuws', ['/nieuws']))).toBeNull()
    expect(pagePath(page('zoeken', []))).toBeNull()
    expect(pagePath(page('x', ['/Over Ons/x']))).toBeNull()
  })
})

describe('internalLinkResolver', () => {
  const content = {
    news: [{ id: '1', slug: 'bericht' }],
    practices: [],
    experts: [],
    regions: [{ id: '2', slug: 'twente' }],
    communities: [],
    events: [],
    themes: [],
    advices: [],
    pages: [
      {
        id: '3',
        slug: 'sub',
        breadcrumbs: [
          { url: '/ouder', label: null, doc: null },
          { url: '/ouder/sub', label: null, doc: null },
        ],
      },
    ],
  } as unknown as RoutedDocs
  const resolve = internalLinkResolver(content)

  it('resolves published documents by id, populated or not', () => {
    expect(resolve('news', 1)).toBe('/nieuws/bericht')
    expect(resolve('regions', { id: 2, slug: 'oud' })).toBe('/inspiratieregios/twente')
    expect(resolve('pages', '3')).toBe('/ouder/sub')
  })

  it('gives nothing for drafts, unknown collections and junk', () => {
    expect(resolve('news', 99)).toBeUndefined()
    expect(resolve('users', 1)).toBeUndefined()
    expect(resolve('news', null)).toBeUndefined()
  })
})
