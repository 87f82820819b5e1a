import { readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scratchDirs } from '@mao/shared/test-scratchDirs'
import { describe, expect, it } from 'vitest'
import { siteCollections, siteGlobals } from '../collections'
import { CmsError } from './CmsError'
import { CONTENT_SNAPSHOT_FILE } from './contentSnapshot'
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

/**
 * A CMS whose documents the test edits between builds: answers full lists, stamp lists
 * (`select[updatedAt]`) and lists by id (`where[id][in]`), and records every collection request.
 */
function editableCms() {
  const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00.000Z`
  const data: Record<string, Record<string, unknown>[]> = {
    ...structuredClone(collections),
    news: [1, 2, 3].map((id) => doc(id, { updatedAt: at(0), heroImage: { id: 9, alt: 'Foto', url: '/foto.webp' } })),
    media: [{ id: 9, updatedAt: at(0) }],
  }
  const requested: string[] = []
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(String(input))
    const global = /^\/api\/globals\/(.+)$/.exec(url.pathname)?.[1]
    if (global) return Response.json(globals[global])
    requested.push(decodeURIComponent(url.pathname + url.search))
    const all = data[url.pathname.replace('/api/', '')] ?? []
    if (url.searchParams.has('select[updatedAt]')) {
      return Response.json({ docs: all.map(({ id, updatedAt }) => ({ id, updatedAt })) })
    }
    const ids = url.searchParams.get('where[id][in]')?.split(',')
    const docs = ids ? all.filter((item) => ids.includes(String(item.id))) : all
    return Response.json({ docs, totalDocs: docs.length, hasNextPage: false })
  }) as typeof fetch
  const newsRequests = () => requested.filter((url) => url.startsWith('/api/news?') && !url.includes('select['))
  return { data, at, fetchImpl, requested, newsRequests }
}

describe('fetchSiteContent with the last build’s content', () => {
  const scratch = scratchDirs('mao-content-snapshot-')
  const place = (epoch = 'cms-1') => ({ file: path.join(scratch(), CONTENT_SNAPSHOT_FILE), epoch })

  it('fetches only documents saved since, and gives what a full fetch gives', async () => {
    const cms = editableCms()
    const snapshot = place()
    await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl, snapshot })
    expect(cms.newsRequests()).toHaveLength(1)

    const news = cms.data.news!
    news[1] = { ...news[1], title: 'Nieuwe titel', updatedAt: cms.at(5) }
    news.splice(2, 1)
    news.push(doc(4, { updatedAt: cms.at(6) }))
    cms.requested.length = 0
    const content = await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl, snapshot })

    expect(cms.newsRequests()).toEqual([expect.stringMatching(/where\[id\]\[in\]=2,4$/)])
    expect(cms.requested.filter((url) => url.startsWith('/api/themes?') && !url.includes('select['))).toEqual([])
    expect(content).toEqual(await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl }))
    expect(content.news.map((item) => [item.id, item.title])).toEqual([
      ['1', 'Titel 1'],
      ['2', 'Nieuwe titel'],
      ['4', 'Titel 4'],
    ])
  })

  it('fetches everything again for another CMS process, an edited or removed medium, another query or a damaged file', async () => {
    const cms = editableCms()
    const snapshot = place()
    const fullNewsFetches = async (options: { file: string; epoch: string }) => {
      cms.requested.length = 0
      await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl, snapshot: options })
      return cms.newsRequests().filter((url) => !url.includes('where[id]')).length
    }
    expect(await fullNewsFetches(snapshot)).toBe(1)
    expect(await fullNewsFetches(snapshot)).toBe(0)
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(1)
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(0)
    cms.data.media!.push({ id: 10, updatedAt: cms.at(3) })
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(0)
    cms.data.media![0] = { id: 9, updatedAt: cms.at(4) }
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(1)
    cms.data.media!.splice(1, 1)
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(1)
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(0)
    // Stored by a site that asked for its documents another way (another depth or population).
    const stored = JSON.parse(readFileSync(snapshot.file, 'utf8')) as { query: string }
    writeFileSync(snapshot.file, JSON.stringify({ ...stored, query: stored.query.replace('depth=1', 'depth=2') }))
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(1)
    writeFileSync(snapshot.file, '{"version":1,')
    expect(await fullNewsFetches({ ...snapshot, epoch: 'cms-2' })).toBe(1)
  })

  it('leaves the stored file as it is when nothing was fetched, unpublished or added', async () => {
    const cms = editableCms()
    const snapshot = place()
    const build = () => fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl, snapshot })
    const storedNews = () =>
      (JSON.parse(readFileSync(snapshot.file, 'utf8')) as { collections: { news: unknown[] } }).collections.news
    await build()
    const written = statSync(snapshot.file).mtimeMs
    await build()
    expect(statSync(snapshot.file).mtimeMs).toBe(written)
    cms.data.news!.splice(2, 1)
    await build()
    expect(storedNews()).toHaveLength(2)
  })

  it('fetches the whole collection when a document changed between the stamps and its own request', async () => {
    const cms = editableCms()
    const snapshot = place()
    await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl, snapshot })
    cms.data.news![0] = { ...cms.data.news![0], title: 'Eerste wijziging', updatedAt: cms.at(5) }
    const answer = cms.fetchImpl
    const racing = (async (input: string | URL | Request) => {
      // The editor saves again right after the stamps were read.
      if (String(input).includes('where[id][in]')) {
        cms.data.news![0] = { ...cms.data.news![0], title: 'Tweede wijziging', updatedAt: cms.at(6) }
      }
      return answer(input)
    }) as typeof fetch
    cms.requested.length = 0
    const content = await fetchSiteContent({ cmsUrl: 'http://cms', fetchImpl: racing, snapshot })
    expect(cms.newsRequests()).toHaveLength(2)
    expect(content.news.find((item) => item.id === '1')?.title).toBe('Tweede wijziging')
  })
})
