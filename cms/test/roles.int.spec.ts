import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { PUBLISH_REFUSED, REGIONS_REFUSED } from '../src/contributors'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { login } from './support/http'

/**
 * What each role may do through the REST API: anonymous visitors, a contributor of region A, a
 * contributor of region B, an editor and an admin. Contributors write drafts of news and practices
 * for their own regions, never publish, and see no personal data.
 */
type Role = 'anonymous' | 'contributorA' | 'contributorB' | 'editor' | 'admin'
type Id = number | string
type Json = Record<string, unknown>

const PERSON = 'geheim.adres@voorbeeld.nl'
const consent = { text: 'Akkoord.', privacyVersion: '2026-12', givenAt: '2026-12-01T10:00:00.000Z' }
const body = richText([{ p: 'Tekst' }])
const refused = [401, 403]

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
const tokens: Partial<Record<Role, string>> = {}
const userIds: Partial<Record<Role, Id>> = {}
let regionA: Id
let regionB: Id
let editorDraft: Id
let newsletterId: Id
let communityId: Id
let contributedPractice: Id

const call = (method: string, path: string, role: Role, data?: unknown) =>
  fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...(tokens[role] ? { authorization: `JWT ${tokens[role]}` } : {}),
      ...(data === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: data === undefined ? undefined : JSON.stringify(data),
  })

const messages = async (response: Response) => {
  const json = (await response.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
  return (json.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)])
}

const docOf = async (response: Response) => ((await response.json()) as { doc: Json }).doc

const latest = async (collection: 'news' | 'practices', id: Id) =>
  (await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Json

const published = async (collection: 'news' | 'practices', id: Id) =>
  (await payload.count({ collection, where: { id: { equals: id }, _status: { equals: 'published' } } })).totalDocs > 0

const png = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#1d4f91' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  const region = async (title: string) =>
    (await payload.create({ collection: 'regions', data: { title, _status: 'draft' } as never, draft: true })).id
  regionA = await region('Regio Noord')
  regionB = await region('Regio Zuid')
  userIds.admin = (await createUser(payload, 'admin')).id
  userIds.editor = (await createUser(payload, 'editor')).id
  userIds.contributorA = (await createUser(payload, 'contributor', 'a@example.org', { regions: [regionA] })).id
  userIds.contributorB = (await createUser(payload, 'contributor', 'b@example.org', { regions: [regionB] })).id
  tokens.admin = await login(api, 'admin@example.org')
  tokens.editor = await login(api, 'editor@example.org')
  tokens.contributorA = await login(api, 'a@example.org')
  tokens.contributorB = await login(api, 'b@example.org')

  editorDraft = (
    await payload.create({
      collection: 'news',
      data: { title: 'Concept van de redactie', summary: 'Geheim.', body, _status: 'draft' },
      draft: true,
    })
  ).id
  const news = await payload.create({
    collection: 'news',
    data: { title: 'Openbaar bericht', summary: 'Kort.', body, _status: 'published' },
  })
  newsletterId = (
    await payload.create({
      collection: 'newsletters',
      data: { title: 'Editie', status: 'draft', items: [{ item: { relationTo: 'news', value: news.id } }] },
    })
  ).id
  communityId = (
    await payload.create({
      collection: 'communities',
      data: { title: 'Thuiszitters', summary: 'Kort.', capacity: 15, _status: 'published' } as never,
    })
  ).id
  contributedPractice = (
    await payload.create({
      collection: 'practices',
      data: {
        title: 'Ingestuurd voorbeeld',
        summary: 'Kort.',
        body,
        _status: 'published',
        submission: { name: 'Inzender', email: PERSON, submittedAt: '2026-12-01T10:00:00.000Z', consent },
      } as never,
    })
  ).id
  await payload.create({ collection: 'subscribers', data: { email: PERSON, status: 'confirmed' } as never })
  await payload.create({
    collection: 'contact-messages',
    data: {
      topic: 'vraag',
      status: 'new',
      name: 'Afzender',
      email: PERSON,
      message: 'Vertrouwelijk.',
      receivedAt: new Date().toISOString(),
      consent,
    } as never,
  })
  await payload.create({
    collection: 'shareholder-applications',
    data: { organisation: 'Gemeente', name: 'Contact', email: PERSON, sector: 'gemeente', status: 'pending', consent },
  })
  const key = `communities:${communityId}`
  await payload.db.create({
    collection: 'registrations',
    data: {
      target: { relationTo: 'communities', value: communityId },
      targetKey: key,
      sequence: 1,
      slot: `${key}#1`,
      activeKey: `${key}#1`,
      name: 'Deelnemer',
      email: PERSON,
      status: 'registered',
      consent,
    },
  })
  await payload.db.create({
    collection: 'build-logs',
    data: { trigger: 'test', status: 'succeeded', startedAt: new Date().toISOString() },
  })
})

afterAll(async () => {
  await api.close()
})

describe('personal data and the office’s records', () => {
  // Which roles may list each collection (everyone else is refused with 401/403).
  const readers: Record<string, Role[]> = {
    subscribers: ['admin'],
    'contact-messages': ['editor', 'admin'],
    'shareholder-applications': ['editor', 'admin'],
    registrations: ['editor', 'admin'],
    'build-logs': ['editor', 'admin'],
  }
  const roles: Role[] = ['anonymous', 'contributorA', 'contributorB', 'editor', 'admin']

  it.each(Object.entries(readers))('%s: only %j read it', async (slug, allowed) => {
    for (const role of roles) {
      const response = await call('GET', `/api/${slug}`, role)
      if (allowed.includes(role)) {
        expect(response.status, role).toBe(200)
        expect(((await response.json()) as { totalDocs: number }).totalDocs, role).toBeGreaterThan(0)
      } else {
        expect(refused, `${slug} as ${role}`).toContain(response.status)
        expect(await response.text()).not.toContain(PERSON)
      }
    }
  })

  it('keeps contributors from changing messages, applications and registrations', async () => {
    for (const slug of ['contact-messages', 'shareholder-applications', 'registrations']) {
      const [doc] = (await payload.find({ collection: slug as 'contact-messages', limit: 1, overrideAccess: true }))
        .docs
      const response = await call('PATCH', `/api/${slug}/${doc!.id}`, 'contributorA', { status: 'handled' })
      expect(refused, slug).toContain(response.status)
      const after = await payload.findByID({ collection: slug as 'contact-messages', id: doc!.id })
      expect(after.status, slug).toBe(doc!.status)
    }
  })

  it('hides who sent in a practice, and the participants of a community, from contributors', async () => {
    const practice = (await (await call('GET', `/api/practices/${contributedPractice}`, 'contributorA')).json()) as Json
    expect(practice.title).toBe('Ingestuurd voorbeeld')
    expect(JSON.stringify(practice)).not.toContain(PERSON)
    const forEditor = (await (await call('GET', `/api/practices/${contributedPractice}`, 'editor')).json()) as Json
    expect(JSON.stringify(forEditor)).toContain(PERSON)
    const community = await call('GET', `/api/communities/${communityId}`, 'contributorA')
    expect(community.status).toBe(200)
    expect(((await community.json()) as Json).participants).toBeUndefined()
    const editorView = (await (await call('GET', `/api/communities/${communityId}`, 'editor')).json()) as Json
    expect(editorView.participants).toMatchObject({ docs: [expect.anything()] })
  })

  it('refuses contributors the editors’ endpoints: privacy, export, news update and site build', async () => {
    const attempts: [string, string][] = [
      ['POST', '/api/privacy/export'],
      ['GET', `/api/registrations/export.csv?target=communities:${communityId}`],
      ['GET', `/api/newsletters/${newsletterId}/preview`],
      ['GET', `/api/newsletters/${newsletterId}/progress`],
      ['POST', `/api/newsletters/${newsletterId}/send`],
      ['GET', '/api/build-logs/status'],
      ['POST', '/api/build-logs/rebuild'],
    ]
    for (const [method, path] of attempts) {
      const response = await call(method, path, 'contributorA', method === 'POST' ? { email: PERSON } : undefined)
      expect(response.status, path).toBe(403)
      expect(await response.text(), path).not.toContain(PERSON)
    }
    const csv = await call('GET', `/api/registrations/export.csv?target=communities:${communityId}`, 'editor')
    expect(csv.status).toBe(200)
    expect((await payload.findByID({ collection: 'newsletters', id: newsletterId })).status).toBe('draft')
  })
})

describe('news updates and globals', () => {
  it('shows contributors only sent editions and lets them change none', async () => {
    const list = (await (await call('GET', '/api/newsletters', 'contributorA')).json()) as { totalDocs: number }
    expect(list.totalDocs).toBe(0)
    const editor = (await (await call('GET', '/api/newsletters', 'editor')).json()) as { totalDocs: number }
    expect(editor.totalDocs).toBe(1)
    expect(refused).toContain(
      (await call('POST', '/api/newsletters', 'contributorA', { title: 'Eigen editie' })).status,
    )
    const update = await call('PATCH', `/api/newsletters/${newsletterId}`, 'contributorA', { title: 'Gekaapt' })
    expect(refused).toContain(update.status)
    expect((await payload.findByID({ collection: 'newsletters', id: newsletterId })).title).toBe('Editie')
  })

  it.each(['site-settings', 'navigation', 'home'])('%s: everyone reads, only editors write', async (slug) => {
    expect((await call('GET', `/api/globals/${slug}`, 'contributorA')).status).toBe(200)
    for (const role of ['anonymous', 'contributorA'] as Role[]) {
      const response = await call('POST', `/api/globals/${slug}`, role, {})
      expect(refused, `${slug} as ${role}`).toContain(response.status)
    }
    // An empty save may fail validation (400), but never access.
    expect(refused).not.toContain((await call('POST', `/api/globals/${slug}`, 'editor', {})).status)
  })
})

describe('users', () => {
  it('shows contributors only their own account, editors every account', async () => {
    const own = (await (await call('GET', '/api/users', 'contributorA')).json()) as { docs: { email: string }[] }
    expect(own.docs.map((user) => user.email)).toEqual(['a@example.org'])
    expect([403, 404]).toContain((await call('GET', `/api/users/${userIds.editor}`, 'contributorA')).status)
    const all = (await (await call('GET', '/api/users', 'editor')).json()) as { totalDocs: number }
    expect(all.totalDocs).toBe(4)
    expect(refused).toContain((await call('GET', '/api/users', 'anonymous')).status)
  })

  it('lets no contributor change their role or regions', async () => {
    await call('PATCH', `/api/users/${userIds.contributorA}`, 'contributorA', { role: 'editor', regions: [regionB] })
    const after = await payload.findByID({ collection: 'users', id: userIds.contributorA!, depth: 0 })
    expect(after.role).toBe('contributor')
    expect(after.regions).toEqual([regionA])
  })

  it('refuses a contributor without regions', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: {
        email: 'zonder@example.org',
        password: 'correct-horse-battery-staple',
        name: 'Zonder',
        role: 'contributor',
      },
    })
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [{ path: 'regions', message: 'Kies minstens één inspiratieregio voor een bijdrager.' }] },
    })
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'zonder@example.org' } } })).totalDocs,
    ).toBe(0)
  })
})

describe('media', () => {
  const upload = (role: Role) => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ alt: 'Blauw vlak' }))
    return png().then((data) => {
      form.append('file', new Blob([data], { type: 'image/png' }), `vlak-${role}.png`)
      return fetch(`${api.url}/api/media`, {
        method: 'POST',
        headers: tokens[role] ? { authorization: `JWT ${tokens[role]}` } : {},
        body: form,
      })
    })
  }

  it('lets contributors upload but not change or delete', async () => {
    expect(refused).toContain((await upload('anonymous')).status)
    const response = await upload('contributorA')
    expect(response.status).toBe(201)
    const { id } = await docOf(response)
    expect((await call('PATCH', `/api/media/${id}`, 'contributorA', { alt: 'Anders' })).status).toBe(403)
    expect((await call('DELETE', `/api/media/${id}`, 'contributorA')).status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id: id as Id })).alt).toBe('Blauw vlak')
    expect((await call('PATCH', `/api/media/${id}`, 'editor', { alt: 'Anders' })).status).toBe(200)
  })
})

describe.each(['news', 'practices'] as const)('%s written by contributors', (collection) => {
  const item = (title: string, regions: Id[], extra: Json = {}) => ({
    title,
    summary: 'Kort.',
    body,
    regions,
    ...extra,
  })
  const create = (role: Role, data: Json) => call('POST', `/api/${collection}?draft=true`, role, data)
  const count = async () => (await payload.count({ collection, overrideAccess: true })).totalDocs
  let draft: Id

  beforeAll(async () => {
    const response = await create('contributorA', item('Nieuws uit Noord', [regionA]))
    expect(response.status).toBe(201)
    draft = (await docOf(response)).id as Id
  })

  it('creates a draft of a contributor’s own region, recorded as theirs and "Concept"', async () => {
    const doc = await latest(collection, draft)
    expect(doc._status).toBe('draft')
    expect(doc.createdBy).toBe(userIds.contributorA)
    expect(doc.review).toBe('draft')
    expect(await published(collection, draft)).toBe(false)
  })

  it.each([
    ['another region', () => [regionB]],
    ['an own and another region', () => [regionA, regionB]],
    ['no region', () => []],
  ])('refuses a draft for %s in Dutch', async (_, regions) => {
    const before = await count()
    const response = await create('contributorA', item('Buiten de regio', regions()))
    expect(response.status).toBe(400)
    // The first message is what the admin's notice shows: the reason, not only the field's name.
    expect((await messages(response))[0]).toBe(REGIONS_REFUSED)
    expect(await count()).toBe(before)
  })

  it('refuses to publish on create, with a Dutch message, and creates nothing', async () => {
    const before = await count()
    const response = await call('POST', `/api/${collection}`, 'contributorA', {
      ...item('Meteen live', [regionA]),
      _status: 'published',
    })
    expect(response.status).toBe(403)
    expect(await messages(response)).toContain(PUBLISH_REFUSED)
    expect(await count()).toBe(before)
  })

  it('refuses to publish an own draft, with a Dutch message, and changes nothing', async () => {
    for (const path of [`/api/${collection}/${draft}`, `/api/${collection}/${draft}?draft=true`]) {
      const response = await call('PATCH', path, 'contributorA', { title: 'Toch live', _status: 'published' })
      expect(response.status, path).toBe(403)
      expect(await messages(response)).toContain(PUBLISH_REFUSED)
    }
    expect(await published(collection, draft)).toBe(false)
    expect((await latest(collection, draft)).title).toBe('Nieuws uit Noord')
  })

  it('lets the contributor submit the draft for review, but not give it away or move it to another region', async () => {
    const submit = await call('PATCH', `/api/${collection}/${draft}?draft=true`, 'contributorA', {
      review: 'submitted',
      createdBy: userIds.contributorB,
    })
    expect(submit.status).toBe(200)
    const moved = await call('PATCH', `/api/${collection}/${draft}?draft=true`, 'contributorA', { regions: [regionB] })
    expect(moved.status).toBe(400)
    expect(await messages(moved)).toContain(REGIONS_REFUSED)
    const doc = await latest(collection, draft)
    expect(doc.review).toBe('submitted')
    expect(doc.createdBy).toBe(userIds.contributorA)
    expect(doc.regions).toEqual([regionA])
  })

  it('keeps another contributor, even of the same collection, out of the draft', async () => {
    expect([403, 404]).toContain((await call('GET', `/api/${collection}/${draft}?draft=true`, 'contributorB')).status)
    const list = (await (await call('GET', `/api/${collection}?draft=true`, 'contributorB')).json()) as {
      docs: { id: Id }[]
    }
    expect(list.docs.map((doc) => doc.id)).not.toContain(draft)
    const update = await call('PATCH', `/api/${collection}/${draft}?draft=true`, 'contributorB', {
      title: 'Overgenomen',
      regions: [regionB],
    })
    expect([403, 404]).toContain(update.status)
    expect((await latest(collection, draft)).title).toBe('Nieuws uit Noord')
  })

  it('shows a contributor their own drafts and what is published, not the editors’ drafts', async () => {
    const list = (await (await call('GET', `/api/news?draft=true&limit=100`, 'contributorA')).json()) as {
      docs: { id: Id; title: string }[]
    }
    const titles = list.docs.map((doc) => doc.title)
    expect(titles).toContain('Openbaar bericht')
    expect(titles).not.toContain('Concept van de redactie')
    expect(list.docs.map((doc) => doc.id)).not.toContain(editorDraft)
    expect((await call('GET', '/api/news/versions', 'contributorA')).status).toBe(403)
  })

  it('refuses deletion by contributors', async () => {
    expect((await call('DELETE', `/api/${collection}/${draft}`, 'contributorA')).status).toBe(403)
    expect(await count()).toBeGreaterThan(0)
    expect((await latest(collection, draft)).id).toBe(draft)
  })

  it('is published by an editor, which ends the review and the contributor’s hold on it', async () => {
    const response = await call('PATCH', `/api/${collection}/${draft}`, 'editor', { _status: 'published' })
    expect(response.status).toBe(200)
    expect(await published(collection, draft)).toBe(true)
    const doc = await latest(collection, draft)
    expect(doc.review).toBe('draft')
    expect(doc.createdBy).toBe(userIds.contributorA)
    const later = await call('PATCH', `/api/${collection}/${draft}?draft=true`, 'contributorA', { title: 'Nagekomen' })
    expect([403, 404]).toContain(later.status)
    expect((await latest(collection, draft)).title).toBe('Nieuws uit Noord')
  })

  it('lets editors write for any region and delete', async () => {
    const response = await create('editor', item('Van de redactie', [regionA, regionB]))
    expect(response.status).toBe(201)
    const { id } = await docOf(response)
    expect((await call('DELETE', `/api/${collection}/${id}`, 'editor')).status).toBe(200)
  })
})

describe('scheduled publishing', () => {
  const schedule = async (id: Id, role: 'contributorA' | 'editor') => {
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        // As Payload's schedule drawer queues it: the document id as a string.
        doc: { relationTo: 'news', value: String(id) as never },
        user: { relationTo: 'users', value: userIds[role] as number },
      },
    })
    await payload.jobs.runByID({ id: job.id })
  }

  it('does not publish what a contributor scheduled, but does what an editor scheduled', async () => {
    const mine = (
      await docOf(
        await call('POST', '/api/news?draft=true', 'contributorA', {
          title: 'Gepland door bijdrager',
          summary: 'Kort.',
          body,
          regions: [regionA],
        }),
      )
    ).id as Id
    await schedule(mine, 'contributorA')
    expect(await published('news', mine)).toBe(false)
    await schedule(mine, 'editor')
    expect(await published('news', mine)).toBe(true)
  })
})

describe('the contributor’s admin', () => {
  const hidden = (slug: string, role: 'contributorA' | 'editor') => {
    const entity =
      payload.config.collections.find((collection) => collection.slug === slug) ??
      payload.config.globals.find((global) => global.slug === slug)
    const rule = entity?.admin?.hidden
    const user = { id: userIds[role], role: role === 'editor' ? 'editor' : 'contributor' }
    return typeof rule === 'function' ? rule({ user } as never) : Boolean(rule)
  }

  it('shows contributors news, practices and media only', () => {
    for (const slug of ['news', 'practices', 'media']) expect(hidden(slug, 'contributorA'), slug).toBe(false)
    expect(hidden('subscribers', 'contributorA')).toBe(true)
    for (const slug of ['events', 'pages', 'newsletters', 'contact-messages', 'users', 'site-settings']) {
      expect(hidden(slug, 'contributorA'), slug).toBe(true)
      expect(hidden(slug, 'editor'), slug).toBe(false)
    }
    expect(hidden('rate-limit-hits', 'editor')).toBe(true)
  })
})
