import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { login, postJson } from './support/http'

/**
 * Who may do what with the collections that hold personal data, through Payload's REST API: nobody
 * anonymously; editors read (and handle) what the office works with but delete nothing; admins
 * delete. Subscribers and send batches (recipient lists) are the admins' alone; rate-limit rows
 * nobody's. The form endpoints, not this API, take submissions.
 */
type Rule = {
  slug: CollectionSlug
  editorRead: boolean
  adminDelete: boolean
  /** A new document of the collection, written with the Local API. */
  make: (n: number) => Promise<number | string>
}

const PERSON = 'geheim.adres@voorbeeld.nl'
const consent = { text: 'Akkoord.', privacyVersion: '2026-12', givenAt: '2026-12-01T10:00:00.000Z' }

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let editorToken: string
let adminToken: string
let communityId: number | string
let newsletterId: number | string

const created = async (promise: Promise<{ id: number | string }>) => (await promise).id

const rules: Rule[] = [
  {
    slug: 'subscribers',
    editorRead: false,
    adminDelete: true,
    make: (n) =>
      created(payload.create({ collection: 'subscribers', data: { email: `${n}.${PERSON}`, status: 'confirmed' } })),
  },
  {
    slug: 'newsletter-batches',
    editorRead: false,
    adminDelete: false,
    make: (n) =>
      created(
        payload.db.create({
          collection: 'newsletter-batches',
          data: {
            newsletter: newsletterId,
            number: n,
            idempotencyKey: `access-${n}`,
            size: 1,
            status: 'sent',
            recipients: [{ id: '1', email: PERSON, token: 'token' }],
          },
        }) as Promise<{ id: number | string }>,
      ),
  },
  {
    slug: 'shareholder-applications',
    editorRead: true,
    adminDelete: true,
    make: (n) =>
      created(
        payload.create({
          collection: 'shareholder-applications',
          data: {
            organisation: `Organisatie ${n}`,
            name: 'Contact',
            email: PERSON,
            sector: 'gemeente',
            status: 'pending',
            consent,
          },
        }),
      ),
  },
  {
    slug: 'registrations',
    editorRead: true,
    adminDelete: true,
    make: (n) => {
      const key = `communities:${communityId}`
      return created(
        payload.db.create({
          collection: 'registrations',
          data: {
            target: { relationTo: 'communities', value: communityId },
            targetKey: key,
            sequence: n,
            slot: `${key}#${n}`,
            activeKey: `${key}#${n}`,
            name: 'Deelnemer',
            email: PERSON,
            status: 'registered',
            consent,
          },
        }) as Promise<{ id: number | string }>,
      )
    },
  },
  {
    slug: 'contact-messages',
    editorRead: true,
    adminDelete: true,
    make: () =>
      created(
        payload.create({
          collection: 'contact-messages',
          data: {
            topic: 'vraag',
            status: 'new',
            name: 'Afzender',
            email: PERSON,
            message: 'Vertrouwelijk.',
            receivedAt: new Date().toISOString(),
            consent,
          },
        }),
      ),
  },
  {
    slug: 'rate-limit-hits',
    editorRead: false,
    adminDelete: false,
    make: (n) =>
      created(
        payload.db.create({
          collection: 'rate-limit-hits',
          data: { bucket: `bucket-${n}`, slot: `bucket-${n}:0`, expiresAt: Date.now() + 3_600_000 },
        }) as Promise<{ id: number | string }>,
      ),
  },
]

const ids = new Map<CollectionSlug, number | string>()

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  editorToken = await login(api, 'editor@example.org')
  adminToken = await login(api, 'admin@example.org')
  communityId = (
    await payload.create({
      collection: 'communities',
      data: { title: 'Thuiszitters', summary: 'Kort.', capacity: 15, _status: 'draft' },
      draft: true,
    })
  ).id
  const news = await payload.create({
    collection: 'news',
    data: { title: 'Bericht', summary: 'Kort.', body: richText([{ p: 'Tekst' }]), _status: 'published' },
  })
  newsletterId = (
    await payload.create({
      collection: 'newsletters',
      data: { title: 'Editie', status: 'draft', items: [{ item: { relationTo: 'news', value: news.id } }] },
    })
  ).id
  for (const rule of rules) ids.set(rule.slug, await rule.make(1))
})

afterAll(async () => {
  await api.close()
})

const call = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const stillThere = async (slug: CollectionSlug, id: number | string) =>
  (await payload.count({ collection: slug, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

const refused = [401, 403]

describe.each(rules)('$slug', (rule) => {
  const id = () => ids.get(rule.slug)!

  it('refuses anonymous find and findByID, without a trace of the data', async () => {
    for (const path of [
      `/api/${rule.slug}`,
      `/api/${rule.slug}/${id()}`,
      `/api/${rule.slug}?where[email][equals]=${PERSON}`,
    ]) {
      const response = await call('GET', path)
      expect(refused, path).toContain(response.status)
      expect(await response.text()).not.toContain(PERSON)
    }
  })

  it('refuses anonymous create, update and delete', async () => {
    const count = (await payload.count({ collection: rule.slug, overrideAccess: true })).totalDocs
    const create = await call('POST', `/api/${rule.slug}`, undefined, { email: 'inbreker@voorbeeld.nl', name: 'x' })
    expect(refused).toContain(create.status)
    expect((await payload.count({ collection: rule.slug, overrideAccess: true })).totalDocs).toBe(count)
    const update = await call('PATCH', `/api/${rule.slug}/${id()}`, undefined, {
      email: 'inbreker@voorbeeld.nl',
      name: 'x',
    })
    expect(refused).toContain(update.status)
    const remove = await call('DELETE', `/api/${rule.slug}/${id()}`)
    expect(refused).toContain(remove.status)
    expect(await stillThere(rule.slug, id())).toBe(true)
    expect(
      JSON.stringify(await payload.db.findOne({ collection: rule.slug, where: { id: { equals: id() } } })),
    ).not.toContain('inbreker')
  })

  it(`lets editors ${rule.editorRead ? '' : 'not '}read`, async () => {
    const list = await call('GET', `/api/${rule.slug}`, editorToken)
    const one = await call('GET', `/api/${rule.slug}/${id()}`, editorToken)
    if (rule.editorRead) {
      expect(list.status).toBe(200)
      expect(((await list.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
      expect(one.status).toBe(200)
    } else {
      expect(refused).toContain(list.status)
      expect(refused).toContain(one.status)
      expect(await one.text()).not.toContain(PERSON)
    }
  })

  it('never lets editors delete', async () => {
    const response = await call('DELETE', `/api/${rule.slug}/${id()}`, editorToken)
    expect(refused).toContain(response.status)
    expect(await stillThere(rule.slug, id())).toBe(true)
  })

  it(`lets admins ${rule.adminDelete ? '' : 'not '}delete`, async () => {
    const victim = await rule.make(2)
    const response = await call('DELETE', `/api/${rule.slug}/${victim}`, adminToken)
    if (rule.adminDelete) expect(response.status).toBe(200)
    else expect(refused).toContain(response.status)
    expect(await stillThere(rule.slug, victim)).toBe(!rule.adminDelete)
  })
})

describe('privacy endpoints', () => {
  const paths = ['/api/privacy/export', '/api/privacy/erase']

  it('refuse anonymous visitors (401) and editors (403), and erase nothing for them', async () => {
    for (const path of paths) {
      const anonymous = await postJson(api, path, { email: PERSON })
      expect(anonymous.status, path).toBe(401)
      expect(await anonymous.text()).not.toContain(PERSON)
      const editor = await postJson(api, path, { email: PERSON }, { authorization: `JWT ${editorToken}` })
      expect(editor.status, path).toBe(403)
      expect(await editor.text()).not.toContain(PERSON)
    }
    expect(await stillThere('contact-messages', ids.get('contact-messages')!)).toBe(true)
  })

  it('answer admins: a JSON download, and a 400 for what is not an address', async () => {
    const auth = { authorization: `JWT ${adminToken}` }
    const response = await postJson(api, '/api/privacy/export', { email: PERSON.toUpperCase() }, auth)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="persoonsgegevens-[0-9a-f]{12}\.json"$/,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { email: string; data: Record<string, { records: unknown[] }> }
    expect(body.email).toBe(PERSON)
    expect(body.data['contact-messages']!.records).toHaveLength(1)
    for (const path of paths) {
      const bad = await postJson(api, path, { email: 'geen adres' }, auth)
      expect(bad.status, path).toBe(400)
      expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain('geen e-mailadres')
    }
  })

  it('erase for admins and answer the counts', async () => {
    const auth = { authorization: `JWT ${adminToken}` }
    const response = await postJson(api, '/api/privacy/erase', { email: PERSON }, auth)
    expect(response.status).toBe(200)
    const summary = (await response.json()) as { counts: Record<string, { deleted: number }> }
    expect(summary.counts['contact-messages']!.deleted).toBe(1)
    expect(await stillThere('contact-messages', ids.get('contact-messages')!)).toBe(false)
  })
})
