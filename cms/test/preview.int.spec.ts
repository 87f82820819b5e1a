import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionsWithPages } from '@mao/shared/collections'
import { richText } from '@mao/shared/lexical'
import type { User } from '@mao/shared/payload-types'
import { previewKey, signPreviewToken } from '../src/preview'
import { createUser, getTestPayload, startRestServer } from '../src/testing'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let newsId: string
let editor: User
let contributor: User

const hourFromNow = () => Date.now() + 60 * 60 * 1000
const token = (collection: string, id: string, expiresAt = hourFromNow()) =>
  signPreviewToken({ collection, id, expiresAt }, previewKey())
const get = (path: string) => fetch(`${api.url}/api${path}`)

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  const published = await payload.create({
    collection: 'news',
    data: {
      title: 'Voorbeeldbericht',
      summary: 'Gepubliceerde samenvatting.',
      body: richText([{ p: 'Tekst.' }]),
      _status: 'published',
    },
  })
  newsId = String(published.id)
  await payload.update({
    collection: 'news',
    id: published.id,
    data: { title: 'Voorbeeldbericht, nieuwe versie in concept' },
    draft: true,
  })
  editor = await createUser(payload, 'editor', 'preview-editor@example.org')
  const region = await payload.create({
    collection: 'regions',
    data: { title: 'Voorbeeldregio', summary: 'Regio.' },
    draft: true,
  })
  contributor = await createUser(payload, 'contributor', 'preview-contributor@example.org', { regions: [region.id] })
})

afterAll(async () => {
  await api.close()
})

describe('GET /api/preview/:collection/:id', () => {
  it('returns the latest draft, not the published version, for a valid token', async () => {
    const response = await get(`/preview/news/${newsId}?token=${token('news', newsId)}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(((await response.json()) as { title: string }).title).toBe('Voorbeeldbericht, nieuwe versie in concept')
  })

  it('keeps the draft away from anonymous readers of the normal API', async () => {
    const response = await get(`/news/${newsId}?draft=true`)
    expect(((await response.json()) as { title: string }).title).toBe('Voorbeeldbericht')
  })

  it('refuses a request without a token, with an expired token and with a forged one', async () => {
    expect((await get(`/preview/news/${newsId}`)).status).toBe(401)
    expect((await get(`/preview/news/${newsId}?token=${token('news', newsId, Date.now() - 1)}`)).status).toBe(401)
    const forged = signPreviewToken({ collection: 'news', id: newsId, expiresAt: hourFromNow() }, 'guessed-key')
    expect((await get(`/preview/news/${newsId}?token=${forged}`)).status).toBe(401)
  })

  it('refuses a token for another document or collection', async () => {
    expect((await get(`/preview/news/${newsId}?token=${token('news', '999999')}`)).status).toBe(401)
    expect((await get(`/preview/practices/${newsId}?token=${token('news', newsId)}`)).status).toBe(401)
    expect((await get(`/preview/users/1?token=${token('users', '1')}`)).status).toBe(401)
  })

  it('answers 404 for a valid token whose document was deleted', async () => {
    const doc = await payload.create({
      collection: 'themes',
      data: { title: 'Tijdelijk thema', summary: 'Weg.' },
      draft: true,
    })
    await payload.delete({ collection: 'themes', id: doc.id })
    const id = String(doc.id)
    expect((await get(`/preview/themes/${id}?token=${token('themes', id)}`)).status).toBe(404)
  })
})

describe('the preview link in the admin', () => {
  const previewOf = (collection: string, user: User | null, doc: Record<string, unknown> = { id: newsId }) => {
    const config = payload.collections[collection as 'news'].config
    const generate = config.admin.preview
    if (!generate) throw new Error(`${collection} has no preview`)
    return generate(doc, { locale: 'nl', req: { user, payload } as unknown as PayloadRequest, token: null })
  }

  it('is on every collection with pages and not on the others', () => {
    for (const slug of collectionsWithPages) {
      expect(payload.collections[slug as 'news'].config.admin.preview, slug).toBeTypeOf('function')
    }
    for (const slug of ['partners', 'team-members', 'media', 'users']) {
      expect(payload.collections[slug as 'news'].config.admin.preview, slug).toBeUndefined()
    }
  })

  it('is a signed site URL under /voorbeeld for an editor, whose token opens the draft', async () => {
    const url = new URL(String(await previewOf('news', editor)))
    expect(url.pathname).toBe(`/voorbeeld/news/${newsId}`)
    const response = await get(`/preview/news/${newsId}?token=${url.searchParams.get('token')}`)
    expect(response.status).toBe(200)
  })

  it('is not given to anonymous users, nor to contributors for drafts they did not write', async () => {
    expect(await previewOf('news', null)).toBeNull()
    expect(await previewOf('news', contributor)).toBeNull()
  })

  it('is given to a contributor for a draft of their own', async () => {
    const own = await previewOf('news', contributor, { id: newsId, createdBy: contributor.id })
    expect(new URL(String(own)).pathname).toBe(`/voorbeeld/news/${newsId}`)
  })
})
