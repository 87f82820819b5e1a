import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { image } from './support/content'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let hiddenId: number | string
let editorToken: string

/** Everything of a person that may only be public with their consent. */
const HIDDEN = {
  name: 'Verborgen Programmamanager',
  role: 'Geheime functie',
  organisation: 'Geheime organisatie',
  email: 'verborgen-teamlid@example.org',
  phone: '030 999 99 99',
}

type Member = Record<string, unknown> & { id: number | string; group?: string }

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  const photo = await image(payload, 'Portret')
  await payload.create({
    collection: 'team-members',
    data: {
      name: 'Openbaar Teamlid',
      role: 'Programmasecretaris',
      organisation: 'Programmabureau',
      email: 'open-teamlid@example.org',
      phone: '030 111 11 11',
      publishConsent: true,
      group: 'office',
      photo: photo.id,
      order: 1,
      _status: 'published',
    },
  })
  const hidden = await payload.create({
    collection: 'team-members',
    data: { ...HIDDEN, publishConsent: false, group: 'leadership', photo: photo.id, order: 2, _status: 'published' },
  })
  hiddenId = hidden.id
  await createUser(payload, 'editor', 'team-redactie@example.org')
  const login = await payload.login({
    collection: 'users',
    data: { email: 'team-redactie@example.org', password: 'correct-horse-battery-staple' },
  })
  editorToken = login.token!
})

afterAll(() => api.close())

const get = (path: string, token?: string) =>
  fetch(`${api.url}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })

const expectNothingHidden = (text: string) => {
  for (const value of Object.values(HIDDEN)) expect(text).not.toContain(value)
}

describe('team members, read anonymously', () => {
  it('show a consenting member in full', async () => {
    const { docs } = (await (await get('/api/team-members?sort=order')).json()) as { docs: Member[] }
    expect(docs[0]).toMatchObject({
      name: 'Openbaar Teamlid',
      role: 'Programmasecretaris',
      organisation: 'Programmabureau',
      email: 'open-teamlid@example.org',
      phone: '030 111 11 11',
      group: 'office',
    })
    expect(docs[0]?.photo).toBeTruthy()
  })

  it('never return the name, role, organisation, contact details or photo without consent', async () => {
    for (const path of [
      '/api/team-members?sort=order',
      '/api/team-members?depth=0',
      '/api/team-members?depth=2',
      `/api/team-members/${hiddenId}`,
      `/api/team-members/${hiddenId}?depth=0`,
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      const text = await response.text()
      expectNothingHidden(text)
      const body = JSON.parse(text) as { docs?: Member[] }
      const hidden = body.docs ? body.docs.find((doc) => String(doc.id) === String(hiddenId)) : body
      expect(hidden, path).toMatchObject({ group: 'leadership' })
      for (const field of ['name', 'role', 'organisation', 'email', 'phone', 'photo']) {
        expect(hidden, `${path}: ${field}`).not.toHaveProperty(field)
      }
    }
  })

  it('cannot confirm a hidden name or address by filtering on it', async () => {
    for (const field of ['name', 'email'] as const) {
      const response = await get(`/api/team-members?where[${field}][equals]=${encodeURIComponent(HIDDEN[field])}`)
      expect(response.status, field).toBe(400)
      expectNothingHidden(await response.text())
    }
  })

  it('cannot read versions or drafts', async () => {
    await payload.create({
      collection: 'team-members',
      data: { name: 'Concept Teamlid', publishConsent: true, group: 'office', _status: 'draft' },
      draft: true,
    })
    expect([401, 403]).toContain((await get('/api/team-members/versions')).status)
    expect(await (await get('/api/team-members?draft=true')).text()).not.toContain('Concept Teamlid')
  })
})

describe('team members, read by an editor', () => {
  it('show every field, consent or not', async () => {
    const member = (await (await get(`/api/team-members/${hiddenId}`, editorToken)).json()) as Member
    expect(member).toMatchObject({ ...HIDDEN, publishConsent: false })
    expect(member.photo).toBeTruthy()
  })
})
