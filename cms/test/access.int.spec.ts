import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { createUser, getTestPayload, startRestServer } from '../src/testing'

const lexical = (text: string) => richText([{ p: text }])

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.org', password: 'correct-horse-battery-staple' }),
  })
  editorToken = ((await login.json()) as { token: string }).token
  await payload.create({
    collection: 'news',
    data: { title: 'Gepubliceerd bericht', summary: 'Openbaar.', body: lexical('Tekst'), _status: 'published' },
  })
  await payload.create({
    collection: 'news',
    data: { title: 'Concept bericht', summary: 'Nog geheim.', body: lexical('Geheim'), _status: 'draft' },
    draft: true,
  })
})

afterAll(async () => {
  await api.close()
})

const get = (path: string, token?: string) =>
  fetch(`${api.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })

describe('anonymous visitors', () => {
  it('read only published documents', async () => {
    const response = await get('/api/news')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title)).toEqual(['Gepubliceerd bericht'])
  })

  it('cannot ask for drafts', async () => {
    const body = (await (await get('/api/news?draft=true')).json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title)).not.toContain('Concept bericht')
  })

  it('cannot read versions', async () => {
    const response = await get('/api/news/versions')
    expect([401, 403]).toContain(response.status)
  })

  it('cannot read users', async () => {
    const response = await get('/api/users')
    expect([401, 403]).toContain(response.status)
  })

  it('cannot write', async () => {
    const response = await fetch(`${api.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Inbraak', summary: 'x', body: lexical('x') }),
    })
    expect([401, 403]).toContain(response.status)
    expect((await payload.count({ collection: 'news', where: { title: { equals: 'Inbraak' } } })).totalDocs).toBe(0)
  })
})

describe('editors', () => {
  it('see drafts', async () => {
    const body = (await (await get('/api/news?draft=true', editorToken)).json()) as { docs: { title: string }[] }
    expect(body.docs.map((doc) => doc.title).sort()).toEqual(['Concept bericht', 'Gepubliceerd bericht'])
  })

  it('can publish content', async () => {
    const response = await fetch(`${api.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({
        title: 'Van de redactie',
        summary: 'Nieuw.',
        body: lexical('Hallo'),
        _status: 'published',
      }),
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { slug: string; publishedAt: string } }
    expect(doc.slug).toBe('van-de-redactie')
    expect(doc.publishedAt).toBeTruthy()
  })

  it('cannot create users', async () => {
    const response = await fetch(`${api.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({
        email: 'nieuw@example.org',
        password: 'another-long-password',
        name: 'Nieuw',
        role: 'admin',
      }),
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(2)
  })

  it('cannot make themselves admin', async () => {
    const me = await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } })
    const id = me.docs[0]!.id
    await fetch(`${api.url}/api/users/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ role: 'admin' }),
    })
    const after = await payload.findByID({ collection: 'users', id })
    expect(after.role).toBe('editor')
  })
})
