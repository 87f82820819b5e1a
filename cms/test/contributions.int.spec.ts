import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { plainText } from '@mao/shared/lexical'
import type { Expert, Practice } from '@mao/shared/payload-types'
import { consentTexts, formWorkProcessed } from '../src/forms'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { freshIp, login, postForm, postJson } from './support/http'

const OFFICE = 'bureau@example.org'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let editorToken: string

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor')
  editorToken = await login(api, 'editor@example.org')
  await payload.updateGlobal({ slug: 'site-settings', data: { contact: { email: OFFICE } } })
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

const version = (form: 'goed-voorbeeld' | 'expertise') => consentTexts[form].at(-1)!.version

/** Posts from one address beyond the per-address limit are dropped: tests vary `email`. */
const practiceFields = (title: string, extra: Record<string, string> = {}) => ({
  title,
  description:
    'Zwolle zet een onderwijszorgconsulent in op elke school.\n\nThuiszitters zijn sneller terug in de klas.',
  organisation: 'Gemeente Zwolle',
  name: 'Anna Jansen',
  email: 'anna@example.org',
  publishContact: 'true',
  privacyVersion: version('goed-voorbeeld'),
  ...extra,
})

const expertFields = (name: string, extra: Record<string, string> = {}) => ({
  name,
  organisation: 'Kinderpraktijk Noord',
  expertise: 'Onderwijs-zorgarrangementen in het vso',
  bio: 'Ik werk twintig jaar als orthopedagoog.',
  email: 'bram@example.org',
  phone: '06 12345678',
  privacyVersion: version('expertise'),
  ...extra,
})

async function contribute(path: '/api/contributions/practice' | '/api/contributions/expert', fields: object) {
  const response = await postJson(api, path, fields, freshIp())
  await formWorkProcessed()
  return response
}

const practiceTitled = async (title: string): Promise<Practice | undefined> =>
  (await payload.find({ collection: 'practices', where: { title: { equals: title } }, draft: true })).docs[0]
const expertNamed = async (title: string): Promise<Expert | undefined> =>
  (await payload.find({ collection: 'experts', where: { title: { equals: title } }, draft: true })).docs[0]

const anonymous = async (path: string) => {
  const response = await fetch(`${api.url}${path}`)
  return {
    status: response.status,
    body: (await response.json()) as { docs?: { id: number }[] } & Record<string, unknown>,
  }
}
/** How the site reads a collection at build time (site/src/lib/cms/fetchAllPublished.ts). */
const sitePublished = (collection: string) =>
  anonymous(`/api/${collection}?limit=100&page=1&depth=1&sort=id&where[_status][equals]=published`)

async function publishAsEditor(collection: string, id: number, extra: object = {}) {
  const response = await fetch(`${api.url}/api/${collection}/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify({ _status: 'published', ...extra }),
  })
  expect(response.status).toBe(200)
}

describe('a good practice sent in', () => {
  it('becomes a draft with the mapped fields, the sender and the consent', async () => {
    const response = await contribute('/api/contributions/practice', practiceFields('Consulent op school'))
    expect(response.status).toBe(202)
    const practice = await practiceTitled('Consulent op school')
    expect(practice).toMatchObject({
      _status: 'draft',
      review: 'submitted',
      title: 'Consulent op school',
      slug: 'consulent-op-school',
      organisation: 'Gemeente Zwolle',
      summary: 'Zwolle zet een onderwijszorgconsulent in op elke school. Thuiszitters zijn sneller terug in de klas.',
      inNewsletter: false,
      contact: {
        name: 'Anna Jansen',
        organisation: 'Gemeente Zwolle',
        email: 'anna@example.org',
        publishConsent: true,
      },
      submission: {
        name: 'Anna Jansen',
        email: 'anna@example.org',
        organisation: 'Gemeente Zwolle',
        consent: { privacyVersion: version('goed-voorbeeld'), text: consentTexts['goed-voorbeeld'].at(-1)!.text },
      },
    })
    expect(practice?.submission?.submittedAt).toBeTruthy()
    expect(practice?.submission?.consent?.givenAt).toBeTruthy()
    expect(plainText(practice?.body)).toBe(
      'Zwolle zet een onderwijszorgconsulent in op elke school.\nThuiszitters zijn sneller terug in de klas.',
    )
    // Nothing was ever published.
    const published = await payload.find({
      collection: 'practices',
      where: { and: [{ title: { equals: 'Consulent op school' } }, { _status: { equals: 'published' } }] },
    })
    expect(published.totalDocs).toBe(0)
  })

  it('asks the office to review it with an admin link, and thanks the sender', async () => {
    await contribute('/api/contributions/practice', practiceFields('Samen aan tafel', { email: 'tafel@example.org' }))
    const practice = await practiceTitled('Samen aan tafel')
    const office = stub.emails.find((mail) => mail.to.includes(OFFICE) && mail.subject.includes('Samen aan tafel'))
    expect(office?.subject).toBe('Nieuw goed voorbeeld ingestuurd, te beoordelen: Samen aan tafel')
    expect(office?.html).toContain(`https://cms.example/admin/collections/practices/${practice?.id}`)
    const request = stub.requests
      .map((entry) => entry.body as { to?: string[]; subject?: string; reply_to?: string })
      .find((body) => body.subject === office?.subject)
    expect(request?.reply_to).toBe('tafel@example.org')
    const thanks = stub.emails.filter((mail) => mail.to.includes('tafel@example.org'))
    expect(thanks.map((mail) => mail.subject)).toEqual(['Bedankt voor je goed voorbeeld'])
    expect(thanks[0]?.text).toContain('voordat het op de site komt')
  })

  it('stays invisible to anonymous visitors and the site build; after publishing, its sender record still does', async () => {
    await contribute('/api/contributions/practice', practiceFields('Nog geheim'))
    const { id } = (await practiceTitled('Nog geheim'))!
    for (const path of ['/api/practices', '/api/practices?draft=true', `/api/practices?where[id][equals]=${id}`]) {
      const { body } = await anonymous(path)
      expect(body.docs?.map((doc) => doc.id)).not.toContain(id)
    }
    expect([403, 404]).toContain((await anonymous(`/api/practices/${id}?draft=true`)).status)
    expect((await sitePublished('practices')).body.docs?.map((doc) => doc.id)).not.toContain(id)

    // The sender record is the form's: an editor's save cannot rewrite it.
    await publishAsEditor('practices', id, { submission: { email: 'vervalst@example.org' } })
    const onSite = (await sitePublished('practices')).body.docs?.find((doc) => doc.id === id) as
      (Practice & Record<string, unknown>) | undefined
    expect(onSite?.title).toBe('Nog geheim')
    expect(onSite).not.toHaveProperty('submission')
    expect(onSite?.contact).toMatchObject({ name: 'Anna Jansen', email: 'anna@example.org' })
    const single = await anonymous(`/api/practices/${id}`)
    expect(single.body).not.toHaveProperty('submission')
    expect(JSON.stringify(single.body)).not.toContain(consentTexts['goed-voorbeeld'].at(-1)!.text)
    // The editor's save kept the record as sent, and editors still see it.
    const asEditor = await fetch(`${api.url}/api/practices/${id}`, { headers: { authorization: `JWT ${editorToken}` } })
    expect(((await asEditor.json()) as Practice).submission?.email).toBe('anna@example.org')
  })

  it('keeps link markup in the description as plain text', async () => {
    await contribute(
      '/api/contributions/practice',
      practiceFields('Met een link', {
        description: 'Lees [meer](javascript:alert(1)) hier.',
        email: 'link@example.org',
      }),
    )
    const practice = await practiceTitled('Met een link')
    expect(JSON.stringify(practice?.body)).not.toContain('"link"')
    expect(plainText(practice?.body)).toBe('Lees [meer](javascript:alert(1)) hier.')
  })

  it('sends a plain form post to the thank-you page, and a missing title back to the form', async () => {
    const done = await postForm(
      api,
      '/api/contributions/practice',
      practiceFields('Zonder script', { email: 'script@example.org' }),
      freshIp(),
    )
    expect(done.headers.get('location')).toBe('https://site.example/bijdrage/bedankt')
    const wrong = await postForm(api, '/api/contributions/practice', practiceFields(''), freshIp())
    expect(wrong.headers.get('location')).toBe('https://site.example/goed-voorbeeld-aandragen?fout=title#fout-title')
    await formWorkProcessed()
    expect(await practiceTitled('Zonder script')).toBeDefined()
  })
})

describe('expertise offered', () => {
  it('becomes a draft expert profile with contact details kept private without consent', async () => {
    const response = await contribute('/api/contributions/expert', expertFields('Bram Bakker'))
    expect(response.status).toBe(202)
    const expert = await expertNamed('Bram Bakker')
    expect(expert).toMatchObject({
      _status: 'draft',
      title: 'Bram Bakker',
      organisation: 'Kinderpraktijk Noord',
      summary: 'Onderwijs-zorgarrangementen in het vso',
      contact: { contactConsent: false, email: 'bram@example.org', phone: '06 12345678' },
      submission: { name: 'Bram Bakker', email: 'bram@example.org', consent: { privacyVersion: version('expertise') } },
    })
    expect(plainText(expert?.bio)).toBe('Ik werk twintig jaar als orthopedagoog.')
    const office = stub.emails.find((mail) => mail.to.includes(OFFICE) && mail.subject.includes('Bram Bakker'))
    expect(office?.subject).toBe('Nieuw expertiseprofiel ingestuurd, te beoordelen: Bram Bakker')
    expect(office?.html).toContain(`https://cms.example/admin/collections/experts/${expert?.id}`)

    expect((await sitePublished('experts')).body.docs?.map((doc) => doc.id)).not.toContain(expert?.id)
    await publishAsEditor('experts', expert!.id)
    const onSite = (await anonymous(`/api/experts/${expert?.id}`)).body
    expect(onSite.title).toBe('Bram Bakker')
    expect(onSite).not.toHaveProperty('submission')
    expect(JSON.stringify(onSite)).not.toContain('bram@example.org')
    expect(JSON.stringify(onSite)).not.toContain('12345678')
  })

  it('shows the contact details once published when the expert agreed', async () => {
    await contribute('/api/contributions/expert', expertFields('Carla Cornelis', { publishContact: 'true' }))
    const expert = (await expertNamed('Carla Cornelis'))!
    expect(expert.contact?.contactConsent).toBe(true)
    await publishAsEditor('experts', expert.id)
    const onSite = (await anonymous(`/api/experts/${expert.id}`)).body as unknown as Expert
    expect(onSite.contact).toMatchObject({ email: 'bram@example.org', phone: '06 12345678' })
    expect(onSite).not.toHaveProperty('submission')
  })
})
