import { describe, expect, it, vi } from 'vitest'
import { emptySiteContent } from '../content/emptySiteContent'
import { collectDependencies } from '../incremental/dependencies'

vi.mock('../content/loadSiteContent', () => ({
  loadPublishedContent: async () =>
    emptySiteContent({
      pages: [
        { id: '2', slug: 'contact', breadcrumbs: [] },
        { id: '1', slug: 'het-programma', breadcrumbs: [] },
        { id: '3', slug: 'nieuws', breadcrumbs: [] },
      ],
    }),
}))

describe('loadPublishedPagePaths', () => {
  it('gives the sorted paths of the published pages and makes a page depend on that list only', async () => {
    const { loadPublishedPagePaths } = await import('./publishedPagePaths')
    const { value, dependencies } = await collectDependencies(loadPublishedPagePaths)
    // A page whose path a site section takes (/nieuws) gets no path of its own.
    expect(value).toEqual(['/contact', '/het-programma'])
    expect([...dependencies]).toEqual(['source:page-paths'])
  })
})
