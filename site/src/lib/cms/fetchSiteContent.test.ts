import { describe, expect, it } from 'vitest'
import { siteCollections, siteGlobals } from '../collections'
import { CmsError } from './CmsError'
import { fetchSiteContent } from './fetchSiteContent'

const stamp = { updatedAt: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', _status: 'published' }
const doc = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Titel ${id}`,
  slug: `titel-${id}`,
  ...stamp,
  ...extra,
})

const collections: Record<string, Record<string, unknown>[]> = {
  ...Object.fromEntries(Object.keys(siteCollections).map((slug) => [slug, []])),
  news: [doc(1, { themes: [{ id: 5 }], heroImage: { id: 9, alt: 'Foto', url: '/api/media/file/foto.webp' } })],
  themes: [doc(5)],
  advices: [doc(3, { number: 3 })],
}
const globals: Record<string, Record<string, unknown>> = {
  'site-settings': { siteName: 'Met Andere Ogen' },
  navigation: { mainMenu: [], footerMenu: [] },
  home: { heroTitle: 'Welkom' },
}

/** The CMS REST API at the network edge: every collection on one page, and the globals. */
function stubCms(overrides: Record<string, Record<string, unknown>[]> = {}) {
  const requested: string[] = []
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(String(input))
    requested.push(url.pathname)
    const global = /^\/api\/globals\/(.+)$/.exec(url.pathname)?.[1]
    if (global) return Response.json(globals[global])
    const docs = { ...collections, ...overrides }[url.pathname.replace('/api/', '')]
    if (!docs) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    return Response.json({ docs, totalDocs: docs.length, hasNextPage: false })
  }) as typeof fetch
  return { fetchImpl, requested }
}

describe('fetchSiteContent', () => {
  it('fetches every collection and global once and parses them with the schemas', async () => {
    const cms = stubCms()
    const content = await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })
    const expected = Object.keys(siteCollections).length + Object.keys(siteGlobals).length
    expect(cms.requested).toHaveLength(expected)
    expect(new Set(cms.requested).size).toBe(expected)
    expect(content.news[0]).toMatchObject({ id: '1', themes: ['5'], heroImage: { url: '/api/media/file/foto.webp' } })
    expect(content.advices.map((advice) => advice.number)).toEqual([3])
    expect(content.settings.siteName).toBe('Met Andere Ogen')
    expect(content.home.heroTitle).toBe('Welkom')
    expect(content.navigation.mainMenu).toEqual([])
  })

  it('stops on a document that does not fit its schema, naming the collection, the document and the field', async () => {
    const cms = stubCms({ practices: [doc(7, { slug: 'Geen Geldige Slug' })] })
    const failure = fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })
    await expect(failure).rejects.toBeInstanceOf(CmsError)
    await expect(failure).rejects.toThrow(/practices 7, which does not fit the site's schema: slug: /)
  })

  it('refuses drafts outright', async () => {
    const cms = stubCms({ news: [doc(2, { _status: 'draft' })] })
    await expect(fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })).rejects.toThrow(
      /news 2, which does not fit the site's schema: _status: /,
    )
  })
})
