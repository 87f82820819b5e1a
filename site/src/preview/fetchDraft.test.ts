import { describe, expect, it, vi } from 'vitest'
import { fetchDraft } from './fetchDraft'

const draftNews = {
  id: 7,
  title: 'Concepttitel',
  summary: 'Nog niet online.',
  slug: 'concepttitel',
  updatedAt: '2026-12-05T10:00:00.000Z',
  createdAt: '2026-12-05T10:00:00.000Z',
  _status: 'draft',
  body: { root: { type: 'root', children: [] } },
}

const answering = (status: number, body: unknown = {}) =>
  vi.fn(async () => Response.json(body, { status })) as unknown as typeof fetch

describe('fetchDraft', () => {
  it('passes the token to the CMS and shows the draft as it will be once published', async () => {
    const fetchImpl = answering(200, draftNews)
    const result = await fetchDraft('http://cms.test', 'news', '7', 'a.b', fetchImpl)
    expect(fetchImpl).toHaveBeenCalledWith('http://cms.test/api/preview/news/7?token=a.b', expect.anything())
    expect(result).toMatchObject({
      kind: 'draft',
      collection: 'news',
      doc: { title: 'Concepttitel', _status: 'published' },
    })
  })

  it('asks the CMS nothing without a token or for a collection without pages', async () => {
    const fetchImpl = answering(200, draftNews)
    expect(await fetchDraft('http://cms.test', 'news', '7', '', fetchImpl)).toMatchObject({
      kind: 'refused',
      status: 401,
    })
    expect(await fetchDraft('http://cms.test', 'users', '1', 'a.b', fetchImpl)).toMatchObject({
      kind: 'refused',
      status: 401,
    })
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  it('passes on the CMS refusing the token or not finding the document', async () => {
    expect(await fetchDraft('http://cms.test', 'news', '7', 'a.b', answering(401))).toMatchObject({
      kind: 'refused',
      status: 401,
    })
    expect(await fetchDraft('http://cms.test', 'news', '7', 'a.b', answering(404))).toMatchObject({
      kind: 'refused',
      status: 404,
    })
  })

  it('names what is missing from a draft the page cannot show yet', async () => {
    const result = await fetchDraft('http://cms.test', 'news', '7', 'a.b', answering(200, { ...draftNews, title: '' }))
    expect(result).toMatchObject({ kind: 'incomplete', message: expect.stringContaining('title') })
  })
})
