import { describe, expect, it } from 'vitest'
import { CmsError } from './CmsError'
import { fetchAllPublished, publishedListUrl } from './fetchAllPublished'
import { fetchGlobal } from './fetchGlobal'

type Page = { docs: { id: number }[]; totalDocs: number; hasNextPage: boolean }

/** A stand-in for the CMS at the network edge: answers list requests from a fixed set of pages. */
function stubCms(pages: Page[] | ((page: number) => Response)) {
  const requested: string[] = []
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = String(input)
    requested.push(url)
    const page = Number(new URL(url).searchParams.get('page'))
    if (typeof pages === 'function') return pages(page)
    const body = pages[page - 1]
    return body ? Response.json(body) : Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  }) as typeof fetch
  return { fetchImpl, requested }
}

const docs = (from: number, count: number) => Array.from({ length: count }, (_, index) => ({ id: from + index }))

describe('fetchAllPublished', () => {
  it('asks for published documents, 500 per page, with media populated and other relations as ids', () => {
    const url = new URL(publishedListUrl('http://cms', 'news', 3))
    expect(url.pathname).toBe('/api/news')
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => !key.startsWith('populate')))).toEqual({
      limit: '500',
      page: '3',
      depth: '1',
      sort: 'id',
      'where[_status][equals]': 'published',
    })
    const populated = [...url.searchParams].filter(([key]) => key.startsWith('populate'))
    expect(populated).toContainEqual(['populate[practices][id]', 'true'])
    expect(populated).toContainEqual(['populate[themes][id]', 'true'])
    expect(populated.some(([key]) => key.startsWith('populate[media]'))).toBe(false)
  })

  it('follows hasNextPage until the last page', async () => {
    const cms = stubCms([
      { docs: docs(1, 2), totalDocs: 5, hasNextPage: true },
      { docs: docs(3, 2), totalDocs: 5, hasNextPage: true },
      { docs: docs(5, 1), totalDocs: 5, hasNextPage: false },
    ])
    const result = await fetchAllPublished('news', { cmsUrl: 'http://cms', pageSize: 2, fetchImpl: cms.fetchImpl })
    expect(result.map((doc) => doc.id)).toEqual([1, 2, 3, 4, 5])
    expect(cms.requested).toHaveLength(3)
  })

  it('refuses a partial list instead of cutting off silently', async () => {
    const cms = stubCms([
      { docs: docs(1, 2), totalDocs: 5, hasNextPage: true },
      { docs: docs(3, 2), totalDocs: 5, hasNextPage: false },
    ])
    await expect(
      fetchAllPublished('news', { cmsUrl: 'http://cms', pageSize: 2, fetchImpl: cms.fetchImpl }),
    ).rejects.toThrow(/Got 4 of the 5 published news/)
  })

  it('stops when the CMS keeps announcing more pages without documents', async () => {
    const cms = stubCms(() => Response.json({ docs: [], totalDocs: 3, hasNextPage: true }))
    await expect(fetchAllPublished('news', { cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })).rejects.toThrow(
      /did not end/,
    )
  })

  it('fails with the status and URL when the CMS answers an error', async () => {
    const cms = stubCms(() => new Response('kapot', { status: 500, statusText: 'Internal Server Error' }))
    const failure = fetchAllPublished('practices', { cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })
    await expect(failure).rejects.toBeInstanceOf(CmsError)
    await expect(failure).rejects.toThrow(/500 Internal Server Error for http:\/\/cms\/api\/practices.*kapot/)
  })

  it('fails when the answer is not a paginated list', async () => {
    const cms = stubCms(() => Response.json({ message: 'hallo' }))
    await expect(fetchAllPublished('news', { cmsUrl: 'http://cms', fetchImpl: cms.fetchImpl })).rejects.toThrow(
      /not a paginated list/,
    )
  })

  it('names the CMS address when it cannot be reached', async () => {
    const failure = fetchAllPublished('news', { cmsUrl: 'http://127.0.0.1:9' })
    await expect(failure).rejects.toThrow(/The CMS is unreachable at http:\/\/127\.0\.0\.1:9\/api\/news.*CMS_URL/)
  })
})

describe('fetchGlobal', () => {
  it('returns the global and refuses anything that is not an object', async () => {
    const ok = (async () => Response.json({ siteName: 'Met Andere Ogen' })) as unknown as typeof fetch
    await expect(fetchGlobal('site-settings', { cmsUrl: 'http://cms', fetchImpl: ok })).resolves.toEqual({
      siteName: 'Met Andere Ogen',
    })
    const list = (async () => Response.json([1, 2])) as unknown as typeof fetch
    await expect(fetchGlobal('home', { cmsUrl: 'http://cms', fetchImpl: list })).rejects.toThrow(/is not an object/)
  })
})
