import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import type { ShareholderApplication } from '@mao/shared/payload-types'
import { formWorkProcessed } from '../src/forms'
import { getRebuildScheduler } from '../src/rebuild'
import { approvedShareholder } from '../src/shareholders'
import { shareholdersPanelData } from '../src/shareholders/admin/panelData'
import { purgeUnconfirmed } from '../src/shareholders/jobs/purgeUnconfirmed'
import { shareholderMailsProcessed } from '../src/shareholders/review/mailQueue'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { freshIp, login, postForm, postJson } from './support/http'

const OFFICE = 'bureau@example.org'
const COLLECTION = 'shareholder-applications'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let editorToken: string
let adminToken: string

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
  await payload.updateGlobal({ slug: 'site-settings', data: { contact: { email: OFFICE } } })
  // The first user becomes an admin whatever its role: create the admin first.
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  editorToken = await login(api, 'editor@example.org')
  adminToken = await login(api, 'admin@example.org')
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.REBUILD_ENABLED
})

const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))
const mailBody = (mail: { text?: string; html?: string } | undefined) => `${mail?.text ?? ''}\n${mail?.html ?? ''}`
const settled = async () => {
  await formWorkProcessed()
  await shareholderMailsProcessed()
}

const applicationsOf = async (email: string) =>
  (
    await payload.find({
      collection: COLLECTION,
      where: { email: { equals: email } },
      showHiddenFields: true,
      overrideAccess: true,
      sort: 'createdAt',
    })
  ).docs

const form = (email: string, extra: Record<string, string> = {}) => ({
  organisation: 'Gemeente Voorbeeld',
  name: 'Anna de Vries',
  email,
  sector: 'gemeente',
  province: 'utrecht',
  region: 'Regio Utrecht-West',
  motivation: 'We willen samen met onderwijs en zorg leren.',
  showPublicly: 'on',
  privacyVersion: '2026-12',
  ...extra,
})

/** The token in the confirmation link of the newest mail to `email`. */
function confirmTokenFor(email: string): string {
  const match = /\/aandeelhouder-worden\/bevestigen\?token=([A-Za-z0-9_%-]+)/.exec(mailBody(mailsTo(email).at(-1)))
  if (!match?.[1]) throw new Error(`No confirmation link in the mail to ${email}`)
  return decodeURIComponent(match[1])
}

async function apply(email: string, extra: Record<string, string> = {}) {
  const response = await postJson(api, '/api/shareholder-applications/apply', form(email, extra), freshIp())
  await settled()
  return response
}

/** Applies and confirms through the endpoints, as the site does: a pending application. */
async function pendingApplication(email: string, extra: Record<string, string> = {}) {
  await apply(email, extra)
  const confirmed = await postJson(api, '/api/shareholder-applications/confirm', { token: confirmTokenFor(email) })
  expect(confirmed.status).toBe(200)
  await settled()
  const [application] = await applicationsOf(email)
  if (!application) throw new Error('no application')
  return application
}

const asUser = (token: string) => ({ authorization: `JWT ${token}`, 'content-type': 'application/json' })

const patch = (token: string, id: number | string, data: Record<string, unknown>) =>
  fetch(`${api.url}/api/${COLLECTION}/${id}`, { method: 'PATCH', headers: asUser(token), body: JSON.stringify(data) })

async function decide(id: number | string, data: Record<string, unknown>): Promise<Response> {
  const response = await patch(editorToken, id, data)
  await settled()
  return response
}

const stored = async (id: number | string): Promise<ShareholderApplication> =>
  payload.findByID({ collection: COLLECTION, id, overrideAccess: true, depth: 0 })

describe('applying and confirming', () => {
  it('stores an unconfirmed application with consent and mails a link to the confirmation page', async () => {
    const email = 'aanvraag@example.org'
    const response = await apply(email.toUpperCase())
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true })
    const [application] = await applicationsOf(email)
    expect(application).toMatchObject({
      status: 'unconfirmed',
      organisation: 'Gemeente Voorbeeld',
      sector: 'gemeente',
      province: 'utrecht',
      region: 'Regio Utrecht-West',
      showPublicly: true,
      consent: { privacyVersion: '2026-12' },
    })
    expect(application?.consent?.text).toMatch(/aandeelhouder/)
    expect(application?.consent?.givenAt).toBeTruthy()
    const mails = mailsTo(email)
    expect(mails).toHaveLength(1)
    const token = confirmTokenFor(email)
    expect(mailBody(mails[0])).toContain(`https://site.example/aandeelhouder-worden/bevestigen?token=${token}`)
    // Only a hash of the token is stored, valid for 48 hours.
    expect(application?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(application)).not.toContain(token)
    const hoursValid = (Date.parse(application?.confirmTokenExpiresAt ?? '') - Date.now()) / 3600_000
    expect(hoursValid).toBeGreaterThan(47)
    expect(hoursValid).toBeLessThanOrEqual(48)
  })

  it('answers a plain form post with a redirect to the thank-you page', async () => {
    const response = await postForm(
      api,
      '/api/shareholder-applications/apply',
      form('zonder-js@example.org'),
      freshIp(),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('https://site.example/aandeelhouder-worden/bedankt')
    await settled()
    expect((await applicationsOf('zonder-js@example.org')).map((doc) => doc.status)).toEqual(['unconfirmed'])
  })

  it('makes the application pending with the button, tells the programme office, and works once', async () => {
    const email = 'bevestig@example.org'
    await apply(email, { organisation: 'Samenwerkingsverband Oost' })
    const token = confirmTokenFor(email)
    // Opening the link (a GET, as a link scanner does) confirms nothing.
    const scanned = await fetch(`${api.url}/api/shareholder-applications/confirm?token=${token}`)
    expect(scanned.status).not.toBe(200)
    expect((await applicationsOf(email))[0]?.status).toBe('unconfirmed')

    const confirmed = await postJson(api, '/api/shareholder-applications/confirm', { token })
    expect(confirmed.status).toBe(200)
    await settled()
    const [application] = await applicationsOf(email)
    expect(application).toMatchObject({ status: 'pending', confirmTokenHash: null })
    expect(application?.statusChangedAt).toBeTruthy()
    const notice = mailsTo(OFFICE).find((mail) => mail.subject.includes('Samenwerkingsverband Oost'))
    expect(notice).toBeDefined()
    expect(mailBody(notice)).toContain(`/admin/collections/shareholder-applications/${application?.id}`)
    expect(mailBody(notice)).not.toContain(email)

    const again = await postJson(api, '/api/shareholder-applications/confirm', { token })
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ ok: false, error: 'token', message: expect.stringMatching(/verlopen/) })
  })

  it('redirects the no-JavaScript button to the confirmed page, and a bad token to the invalid-link page', async () => {
    const email = 'knop@example.org'
    await apply(email)
    const token = confirmTokenFor(email)
    const ok = await postForm(api, '/api/shareholder-applications/confirm', { token })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('https://site.example/aandeelhouder-worden/bevestigd')
    const reused = await postForm(api, '/api/shareholder-applications/confirm', { token })
    expect(reused.headers.get('location')).toBe('https://site.example/ongeldige-link')
    const forged = await postForm(api, '/api/shareholder-applications/confirm', { token: 'x'.repeat(43) })
    expect(forged.headers.get('location')).toBe('https://site.example/ongeldige-link')
    await settled()
  })

  it('refuses an expired token', async () => {
    const email = 'verlopen@example.org'
    await apply(email)
    const [application] = await applicationsOf(email)
    await payload.update({
      collection: COLLECTION,
      id: application!.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const response = await postJson(api, '/api/shareholder-applications/confirm', { token: confirmTokenFor(email) })
    expect(response.status).toBe(400)
    expect((await stored(application!.id)).status).toBe('unconfirmed')
  })

  it('replaces an earlier unconfirmed application of the address: only the newest link confirms', async () => {
    const email = 'tweemaal@example.org'
    await apply(email, { organisation: 'Eerste poging' })
    const first = confirmTokenFor(email)
    await apply(email, { organisation: 'Tweede poging' })
    const applications = await applicationsOf(email)
    expect(applications.map((doc) => doc.organisation)).toEqual(['Tweede poging'])
    expect((await postJson(api, '/api/shareholder-applications/confirm', { token: first })).status).toBe(400)
  })

  it('refuses invalid fields with Dutch messages and stores nothing', async () => {
    const response = await postJson(
      api,
      '/api/shareholder-applications/apply',
      form('fout@example.org', { sector: 'bakkerij', organisation: '' }),
      freshIp(),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Record<string, string> }
    expect(Object.keys(body.errors).sort()).toEqual(['organisation', 'sector'])
    await settled()
    expect(await applicationsOf('fout@example.org')).toHaveLength(0)
  })

  it('creates nothing for an address with an approved application and mails that it is known', async () => {
    const email = 'al-bekend@example.org'
    const application = await pendingApplication(email)
    await decide(application.id, { status: 'approved' })
    const mailsBefore = mailsTo(email).length
    const again = await apply(email, { organisation: 'Nog een keer' })
    expect(again.status).toBe(202)
    const applications = await applicationsOf(email)
    expect(applications.map((doc) => doc.organisation)).toEqual(['Gemeente Voorbeeld'])
    const mails = mailsTo(email)
    expect(mails).toHaveLength(mailsBefore + 1)
    expect(mails.at(-1)?.subject).toMatch(/al bekend/)
    expect(mailBody(mails.at(-1))).not.toContain('bevestigen?token=')
  })

  it('answers a known address exactly as an unknown one', async () => {
    const known = await pendingApplication('wacht-al@example.org')
    expect(known.status).toBe('pending')
    const answers = await Promise.all(
      ['wacht-al@example.org', 'nieuw-adres@example.org'].map((email) =>
        postJson(api, '/api/shareholder-applications/apply', form(email), freshIp()),
      ),
    )
    const shapes = await Promise.all(
      answers.map(async (response) => ({
        status: response.status,
        body: await response.text(),
        headers: [...response.headers.entries()].filter(([name]) => !['date', 'content-length'].includes(name)),
      })),
    )
    expect(shapes[1]).toEqual(shapes[0])
    await settled()
    expect(await applicationsOf('wacht-al@example.org')).toHaveLength(1)
  })
})

describe('reviewing', () => {
  it('approves: records who and when, mails a welcome with the Communities link, once per decision', async () => {
    const email = 'goedkeuren@example.org'
    const application = await pendingApplication(email, { organisation: 'School Noord' })
    const before = mailsTo(email).length
    const response = await decide(application.id, { status: 'approved' })
    expect(response.status).toBe(200)
    const welcome = mailsTo(email).slice(before)
    expect(welcome).toHaveLength(1)
    expect(welcome[0]?.subject).toMatch(/Welkom/)
    expect(mailBody(welcome[0])).toContain('https://site.example/communities-of-practice')
    expect(welcome[0]?.replyTo).toEqual([OFFICE])
    const doc = await stored(application.id)
    expect(doc.reviewedBy).toBeTruthy()
    expect(doc.reviewedAt).toBeTruthy()
    expect(doc.statusChangedAt).toBeTruthy()
    expect(doc.decisionMail?.approvedSentAt).toBeTruthy()

    // Back to pending and approved again: the same decision is not mailed twice.
    await decide(application.id, { status: 'pending' })
    await decide(application.id, { status: 'approved' })
    // Saving other fields of an approved application sends nothing either.
    await decide(application.id, { regionRef: null, showPublicly: false })
    expect(mailsTo(email).slice(before)).toHaveLength(1)
  })

  it('requires a note to decline, and mails the note with the contact address', async () => {
    const email = 'afwijzen@example.org'
    const application = await pendingApplication(email)
    const before = mailsTo(email).length
    const refused = await decide(application.id, { status: 'declined' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('Schrijf bij een afwijzing een toelichting')
    expect((await stored(application.id)).status).toBe('pending')
    const blank = await decide(application.id, { status: 'declined', reviewNote: '   ' })
    expect(blank.status).toBe(400)
    expect(mailsTo(email)).toHaveLength(before)

    const note = 'Jullie organisatie valt buiten de doelgroep van het programma.'
    const ok = await decide(application.id, { status: 'declined', reviewNote: note })
    expect(ok.status).toBe(200)
    const mails = mailsTo(email).slice(before)
    expect(mails).toHaveLength(1)
    expect(mailBody(mails[0])).toContain(note)
    expect(mailBody(mails[0])).toContain(OFFICE)
    const doc = await stored(application.id)
    expect(doc.decisionMail?.declinedSentAt).toBeTruthy()
    expect(doc.reviewedAt).toBeTruthy()
  })

  it('keeps the decision when the email fails, and shows the failure to the editor', async () => {
    const email = 'onbestelbaar@example.org'
    const application = await pendingApplication(email)
    stub.refuseRecipients([email])
    try {
      const response = await decide(application.id, { status: 'approved' })
      expect(response.status).toBe(200)
    } finally {
      stub.refuseRecipients([])
    }
    const doc = await stored(application.id)
    expect(doc.status).toBe('approved')
    expect(doc.decisionMail?.approvedSentAt).toBeFalsy()
    expect(doc.decisionMail?.failure).toMatch(/Zet de status opnieuw/)
    const asEditor = await fetch(`${api.url}/api/${COLLECTION}/${application.id}`, { headers: asUser(editorToken) })
    expect(((await asEditor.json()) as ShareholderApplication).decisionMail?.failure).toBeTruthy()
  })

  it('does not let an editor forge the review bookkeeping', async () => {
    const application = await pendingApplication('vervalsen@example.org')
    const response = await decide(application.id, {
      reviewedAt: '2000-01-01T00:00:00.000Z',
      decisionMail: { approvedSentAt: '2000-01-01T00:00:00.000Z' },
    })
    expect(response.status).toBe(200)
    const doc = await stored(application.id)
    expect(doc.reviewedAt).toBeFalsy()
    expect(doc.decisionMail?.approvedSentAt).toBeFalsy()
    await decide(application.id, { status: 'approved' })
    expect(mailsTo('vervalsen@example.org').at(-1)?.subject).toMatch(/Welkom/)
  })

  it('lists waiting applications first in the admin list', async () => {
    const response = await fetch(`${api.url}/api/${COLLECTION}?limit=100&depth=0`, { headers: asUser(editorToken) })
    const { docs } = (await response.json()) as { docs: ShareholderApplication[] }
    const statuses = docs.map((doc) => doc.status)
    expect(statuses).toContain('pending')
    expect(statuses.some((status) => status !== 'pending')).toBe(true)
    const firstOther = statuses.findIndex((status) => status !== 'pending')
    expect(statuses.slice(firstOther)).not.toContain('pending')
  })

  it('asks for a site build when the public list or count changes, and not otherwise', async () => {
    process.env.REBUILD_ENABLED = 'true'
    const request = vi.spyOn(getRebuildScheduler(), 'request').mockImplementation(() => undefined)
    const application = await pendingApplication('herbouw@example.org')
    expect(request).not.toHaveBeenCalled()
    await decide(application.id, { status: 'approved' })
    expect(request).toHaveBeenCalledTimes(1)
    await decide(application.id, { motivation: 'Aangepast' })
    expect(request).toHaveBeenCalledTimes(1)
    await decide(application.id, { showPublicly: false })
    expect(request).toHaveBeenCalledTimes(2)
    await decide(application.id, { status: 'declined', reviewNote: 'Toch niet.' })
    expect(request).toHaveBeenCalledTimes(3)
    await payload.update({ collection: COLLECTION, id: application.id, data: { status: 'approved' } })
    await settled()
    await payload.delete({ collection: COLLECTION, id: application.id })
    expect(request).toHaveBeenCalledTimes(5)
  })
})

describe('public list', () => {
  it('lists approved organisations that may be shown, sorted by name, and counts all approved', async () => {
    await payload.delete({ collection: COLLECTION, where: { id: { exists: true } }, overrideAccess: true })
    const make = (organisation: string, status: ShareholderApplication['status'], showPublicly: boolean) =>
      payload.create({
        collection: COLLECTION,
        data: {
          organisation,
          name: 'Contact',
          email: `${organisation.replaceAll(' ', '-').toLowerCase()}@example.org`,
          phone: '030 123 4567',
          sector: 'zorg',
          province: organisation === 'Zorggroep Zuid' ? null : 'limburg',
          motivation: 'geheim',
          status,
          showPublicly,
        },
        overrideAccess: true,
      })
    await make('Zorggroep Zuid', 'approved', true)
    await make('Alfa Zorg', 'approved', true)
    await make('Stil Bedrijf', 'approved', false)
    await make('Wacht Nog', 'pending', true)
    const declined = await make('Nee Dank', 'pending', true)
    await payload.update({ collection: COLLECTION, id: declined.id, data: { status: 'declined', reviewNote: 'Nee.' } })
    await make('Onbevestigd', 'unconfirmed', true)
    await settled()
    const response = await fetch(`${api.url}/api/shareholder-applications/public`)
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({
      count: 3,
      organisations: [
        { name: 'Alfa Zorg', sector: 'zorg', province: 'limburg' },
        { name: 'Zorggroep Zuid', sector: 'zorg', province: null },
      ],
    })
    for (const secret of ['@example.org', 'Contact', '030', 'geheim']) expect(text).not.toContain(secret)
  })

  it('finds the approved application of an address for registrations', async () => {
    expect(await approvedShareholder(payload, ' Alfa-Zorg@Example.org ')).toMatchObject({ organisation: 'Alfa Zorg' })
    expect(await approvedShareholder(payload, 'wacht-nog@example.org')).toBeUndefined()
    expect(await approvedShareholder(payload, 'nee-dank@example.org')).toBeUndefined()
    expect(await approvedShareholder(payload, '')).toBeUndefined()
  })
})

describe('access', () => {
  let id: number

  beforeAll(async () => {
    const application = await payload.create({
      collection: COLLECTION,
      data: { organisation: 'Toegang', name: 'T', email: 'toegang@example.org', sector: 'anders', status: 'pending' },
      overrideAccess: true,
    })
    id = application.id
  })

  it('refuses anonymous read, create, update and delete through the REST API', async () => {
    const list = await fetch(`${api.url}/api/${COLLECTION}`)
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain('toegang@example.org')
    expect((await fetch(`${api.url}/api/${COLLECTION}/${id}`)).status).toBe(403)
    const create = await postJson(api, `/api/${COLLECTION}`, {
      organisation: 'Inbraak',
      name: 'X',
      email: 'x@example.org',
      sector: 'anders',
      status: 'approved',
    })
    expect(create.status).toBe(403)
    const update = await fetch(`${api.url}/api/${COLLECTION}/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'approved' }),
    })
    expect(update.status).toBe(403)
    expect((await fetch(`${api.url}/api/${COLLECTION}/${id}`, { method: 'DELETE' })).status).toBe(403)
    expect((await stored(id)).status).toBe('pending')
    expect(await approvedShareholder(payload, 'x@example.org')).toBeUndefined()
  })

  it('lets editors read and update, but neither create nor delete; admins delete', async () => {
    const read = await fetch(`${api.url}/api/${COLLECTION}/${id}`, { headers: asUser(editorToken) })
    expect(read.status).toBe(200)
    expect(await read.text()).not.toContain('confirmTokenHash')
    expect((await patch(editorToken, id, { regionRef: null, region: 'Twente' })).status).toBe(200)
    const create = await fetch(`${api.url}/api/${COLLECTION}`, {
      method: 'POST',
      headers: asUser(editorToken),
      body: JSON.stringify({ organisation: 'X', name: 'X', email: 'y@example.org', sector: 'anders' }),
    })
    expect(create.status).toBe(403)
    const editorDelete = await fetch(`${api.url}/api/${COLLECTION}/${id}`, {
      method: 'DELETE',
      headers: asUser(editorToken),
    })
    expect(editorDelete.status).toBe(403)
    expect((await stored(id)).region).toBe('Twente')
    const adminDelete = await fetch(`${api.url}/api/${COLLECTION}/${id}`, {
      method: 'DELETE',
      headers: asUser(adminToken),
    })
    expect(adminDelete.status).toBe(200)
  })
})

describe('purging', () => {
  it('deletes applications left unconfirmed for more than 7 days, and nothing else', async () => {
    const make = (email: string, status: ShareholderApplication['status']) =>
      payload.create({
        collection: COLLECTION,
        data: { organisation: email, name: 'P', email, sector: 'anders', status },
        overrideAccess: true,
      })
    const old = await make('oud@example.org', 'unconfirmed')
    const fresh = await make('vers@example.org', 'unconfirmed')
    const waiting = await make('oud-wacht@example.org', 'pending')
    const inEightDays = new Date(Date.now() + 8 * 24 * 3600_000)
    // Pretend `fresh` was created just now in eight days' time: older than 7 days are the other two.
    await payload.update({
      collection: COLLECTION,
      id: fresh.id,
      data: { createdAt: new Date(inEightDays.getTime() - 3600_000).toISOString() },
      overrideAccess: true,
    })
    const deleted = await purgeUnconfirmed(payload, inEightDays)
    expect(deleted).toBeGreaterThanOrEqual(1)
    const remaining = async (appId: number) =>
      (await payload.count({ collection: COLLECTION, where: { id: { equals: appId } }, overrideAccess: true }))
        .totalDocs
    expect(await remaining(old.id)).toBe(0)
    expect(await remaining(fresh.id)).toBe(1)
    expect(await remaining(waiting.id)).toBe(1)
  })
})

describe('dashboard panel', () => {
  it('counts the waiting applications and links the oldest, for logged-in users only', async () => {
    const waiting = await pendingApplication('dashboard@example.org', { organisation: 'Kinderopvang Paneel' })
    const [editor] = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } }))
      .docs
    const data = await shareholdersPanelData(payload, { ...editor!, collection: 'users' })
    const pending = await payload.count({ collection: COLLECTION, where: { status: { equals: 'pending' } } })
    expect(data?.count).toBe(pending.totalDocs)
    expect(data?.oldest.at(-1)).toMatchObject({
      organisation: 'Kinderopvang Paneel',
      href: `/admin/collections/shareholder-applications/${waiting.id}`,
    })
    expect(await shareholdersPanelData(payload, null)).toBeUndefined()
  })

  it('lists decisions whose email failed', async () => {
    const email = 'paneel-mislukt@example.org'
    const application = await pendingApplication(email, { organisation: 'Mislukte Mail' })
    stub.refuseRecipients([email])
    try {
      await decide(application.id, { status: 'approved' })
    } finally {
      stub.refuseRecipients([])
    }
    const [editor] = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } }))
      .docs
    const data = await shareholdersPanelData(payload, { ...editor!, collection: 'users' })
    expect(data?.failures.map((item) => item.organisation)).toContain('Mislukte Mail')
  })
})
