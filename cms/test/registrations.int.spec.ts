import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { formWorkProcessed } from '../src/forms'
import { registrationNoticesSent } from '../src/registrations'
import { notifyPromoted } from '../src/registrations/engine/notifyPromoted'
import { register } from '../src/registrations/engine/register'
import { loadTarget } from '../src/registrations/targets/loadTarget'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { errorText } from './support/errorText'
import { login, postForm, postJson } from './support/http'
import { approvedShareholders, cancelToken, community, formEvent, registrationsOf } from './support/registrations'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let ip = 0

beforeAll(async () => {
  stub = await useResendStub()
  // The same few addresses register many times over these tests.
  process.env.FORMS_RATE_LIMIT_PER_ADDRESS = '1000'
  payload = await getTestPayload()
  api = await startRestServer()
  await approvedShareholders(payload, ['anna@gemeente.example', 'bert@school.example', 'carla@zorg.example'])
})

afterAll(async () => {
  delete process.env.FORMS_RATE_LIMIT_PER_ADDRESS
  await api.close()
  await stub.close()
})

beforeEach(() => stub.reset())

const freshIp = () => ({ 'x-mao-client-ip': `198.51.100.${++ip}` })
const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))
const decode = (base64: string | undefined) => Buffer.from(base64 ?? '', 'base64').toString('utf8')

async function signUp(target: string, email: string, name = 'Anna de Boer') {
  const response = await postJson(api, '/api/registrations/register', { target, name, email }, freshIp())
  await formWorkProcessed()
  return response
}

async function cancel(token: string) {
  return postJson(api, '/api/registrations/cancel', { token }, freshIp())
}

describe('registering', () => {
  it('registers an aandeelhouder and mails a confirmation with the dates, a cancel link and an invitation', async () => {
    const doc = await community(payload, { title: 'Thuiszitters, samen verder' })
    const key = `communities:${doc.id}`
    const response = await signUp(key, 'Anna@Gemeente.example')
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true })

    const [row] = await registrationsOf(payload, key)
    expect(row).toMatchObject({
      sequence: 1,
      status: 'registered',
      name: 'Anna de Boer',
      email: 'anna@gemeente.example',
      organisation: 'Gemeente Zwolle',
      consent: { privacyVersion: '2026-12' },
    })
    expect(row?.shareholder).toBeTruthy()
    expect(row?.consent?.text).toMatch(/naam en e-mailadres/)

    await stub.waitFor(() => mailsTo('anna@gemeente.example').length === 1)
    const [mail] = mailsTo('anna@gemeente.example')
    expect(mail?.subject).toBe('Aanmelding bevestigd: Thuiszitters, samen verder')
    expect(mail?.text).toContain('Utrecht, Stadhuis')
    const token = cancelToken(mail?.text)
    expect(mail?.html).toContain(`https://site.example/aanmelden/afmelden?token=${token}`)
    expect(JSON.stringify(await registrationsOf(payload, key))).not.toContain(token)

    const [invite] = mail?.attachments ?? []
    expect(invite?.filename).toBe('uitnodiging.ics')
    expect(invite?.contentType).toMatch(/^text\/calendar/)
    const ics = decode(invite?.content)
    expect(ics).toContain('METHOD:REQUEST\r\n')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toMatch(new RegExp(`UID:communities-${doc.id}-[^\\r]+@aanpakmetandereogen.nl`))
    expect(ics).toContain('SUMMARY:Thuiszitters\\, samen verder')
  })

  it('sends the confirmation again, with a new working link, when the address is already registered', async () => {
    const doc = await community(payload)
    const key = `communities:${doc.id}`
    await signUp(key, 'bert@school.example', 'Bert')
    await signUp(key, 'bert@school.example', 'Bert')
    await stub.waitFor(() => mailsTo('bert@school.example').length === 2)
    expect(await registrationsOf(payload, key)).toHaveLength(1)
    const [first, second] = mailsTo('bert@school.example')
    expect(second?.subject).toBe(first?.subject)
    expect((await cancel(cancelToken(first?.text))).status).toBe(400)
    expect((await cancel(cancelToken(second?.text))).status).toBe(200)
  })

  it('does not register an address without an approved application, and mails how to become aandeelhouder', async () => {
    const doc = await community(payload)
    const key = `communities:${doc.id}`
    await payload.db.create({
      collection: 'shareholder-applications',
      data: { organisation: 'Wacht BV', name: 'W', email: 'wacht@example.org', sector: 'zorg', status: 'pending' },
    })
    const answers = await Promise.all(
      ['onbekend@example.org', 'wacht@example.org', 'carla@zorg.example'].map((email) =>
        postJson(api, '/api/registrations/register', { target: key, name: 'X', email }, freshIp()),
      ),
    )
    // The answer never tells whether an address is known.
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202])
    await formWorkProcessed()
    expect((await registrationsOf(payload, key)).map((row) => row.email)).toEqual(['carla@zorg.example'])
    await stub.waitFor(() => stub.emails.length === 3)
    for (const email of ['onbekend@example.org', 'wacht@example.org']) {
      const [mail] = mailsTo(email)
      expect(mail?.subject).toMatch(/alleen voor aandeelhouders/)
      expect(mail?.text).toMatch(
        /Communities of Practice en de aanmeldingen voor activiteiten zijn voor aandeelhouders/,
      )
      expect(mail?.html).toContain('https://site.example/aandeelhouder-worden')
      expect(mail?.attachments).toEqual([])
    }
  })

  it('puts registrations past the capacity on the waitlist and says at which place', async () => {
    const event = await formEvent(payload, { capacity: 1 })
    const key = `events:${event.id}`
    await signUp(key, 'anna@gemeente.example')
    await signUp(key, 'bert@school.example')
    await signUp(key, 'carla@zorg.example')
    await stub.waitFor(() => stub.emails.length === 3)
    expect((await registrationsOf(payload, key)).map((row) => [row.sequence, row.status])).toEqual([
      [1, 'registered'],
      [2, 'waitlist'],
      [3, 'waitlist'],
    ])
    const [waiting] = mailsTo('carla@zorg.example')
    expect(waiting?.subject).toMatch(/^Je staat op de wachtlijst/)
    expect(waiting?.text).toContain('op plaats 2.')
    expect(waiting?.attachments).toEqual([])
    const [placed] = mailsTo('anna@gemeente.example')
    expect(decode(placed?.attachments[0]?.content)).toContain(`UID:events-${event.id}@aanpakmetandereogen.nl`)
  })
})

describe('refusing a target', () => {
  const refused = async (target: string) => {
    const response = await postJson(
      api,
      '/api/registrations/register',
      { target, name: 'A', email: 'anna@gemeente.example' },
      freshIp(),
    )
    return { status: response.status, body: (await response.json()) as { errors?: Record<string, string> } }
  }

  it('refuses an unknown, unpublished, closed or started target with a message on the target only', async () => {
    const draft = await payload.create({
      collection: 'communities',
      data: { title: 'Concept', summary: 's', capacity: 20, status: 'open', _status: 'draft' },
      draft: true,
    })
    const closed = await community(payload, { status: 'closed' })
    const started = await community(payload, { daysAhead: -1 })
    const urlEvent = await payload.create({
      collection: 'events',
      data: {
        title: 'Extern',
        summary: 's',
        kind: 'meeting',
        location: 'Zwolle',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        startsAt_tz: 'Europe/Amsterdam',
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        endsAt_tz: 'Europe/Amsterdam',
        registration: 'url',
        registrationUrl: 'https://elders.example/aanmelden',
        _status: 'published',
      },
    })
    for (const target of ['communities:999999', 'nieuws:1', `communities:${draft.id}`, `events:${urlEvent.id}`])
      expect(await refused(target)).toEqual({
        status: 400,
        body: {
          ok: false,
          error: 'invalid',
          errors: { target: 'Aanmelden hiervoor kan niet (meer). Open de pagina opnieuw.' },
        },
      })
    for (const target of [`communities:${closed.id}`, `communities:${started.id}`])
      expect(await refused(target)).toEqual({
        status: 400,
        body: { ok: false, error: 'invalid', errors: { target: 'De aanmelding is gesloten.' } },
      })
    await formWorkProcessed()
    expect(stub.emails).toHaveLength(0)
    expect(await registrationsOf(payload, `communities:${closed.id}`)).toHaveLength(0)
  })

  it('sends a plain form post back to the target page at the form', async () => {
    const closed = await community(payload, { status: 'closed' })
    const response = await postForm(
      api,
      '/api/registrations/register',
      { target: `communities:${closed.id}`, name: 'A', email: 'anna@gemeente.example' },
      freshIp(),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(
      `https://site.example/communities-of-practice/${closed.slug}?fout=target#fout-target`,
    )
    const thanks = await postForm(
      api,
      '/api/registrations/register',
      { target: `communities:${(await community(payload)).id}`, name: 'A', email: 'anna@gemeente.example' },
      freshIp(),
    )
    expect(thanks.headers.get('location')).toBe('https://site.example/aanmelden/bedankt')
    await formWorkProcessed()
  })
})

describe('cancelling', () => {
  it('cancels once, gives the place to the first on the waitlist and mails them once, even for two cancels at once', async () => {
    const event = await formEvent(payload, { capacity: 1 })
    const key = `events:${event.id}`
    await signUp(key, 'anna@gemeente.example')
    await signUp(key, 'bert@school.example')
    await signUp(key, 'carla@zorg.example')
    await stub.waitFor(() => stub.emails.length === 3)
    const token = cancelToken(mailsTo('anna@gemeente.example')[0]?.text)

    const answers = await Promise.all([cancel(token), cancel(token)])
    expect(answers.some((answer) => answer.status === 200)).toBe(true)
    await registrationNoticesSent()
    expect((await registrationsOf(payload, key)).map((row) => [row.email, row.status])).toEqual([
      ['anna@gemeente.example', 'cancelled'],
      ['bert@school.example', 'registered'],
      ['carla@zorg.example', 'waitlist'],
    ])
    await stub.waitFor(() => mailsTo('bert@school.example').length === 2)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const promotions = mailsTo('bert@school.example').filter((mail) => /plaats voor je vrijgekomen/.test(mail.subject))
    expect(promotions).toHaveLength(1)
    expect(decode(promotions[0]?.attachments[0]?.content)).toContain('METHOD:REQUEST')
    expect(mailsTo('carla@zorg.example')).toHaveLength(1)

    // The used link is dead now: JSON 400, and a plain post goes to the invalid-link page.
    expect((await cancel(token)).status).toBe(400)
    const form = await postForm(api, '/api/registrations/cancel', { token }, freshIp())
    expect(form.headers.get('location')).toBe('https://site.example/ongeldige-link')

    // The promotion email's own link works, and promotes Carla in turn.
    const form2 = await postForm(
      api,
      '/api/registrations/cancel',
      { token: cancelToken(promotions[0]?.text) },
      freshIp(),
    )
    expect(form2.status).toBe(303)
    expect(form2.headers.get('location')).toBe('https://site.example/aanmelden/afgemeld')
    await registrationNoticesSent()
    await stub.waitFor(() => mailsTo('carla@zorg.example').length === 2)
  })

  it('promotes exactly one for two cancellations racing for different places', async () => {
    const doc = await community(payload, { capacity: 15 })
    const target = (await loadTarget(payload, `communities:${doc.id}`))!
    const people = Array.from({ length: 18 }, (_, index) => `race-${index + 1}@example.org`)
    const placed = []
    for (const email of people) placed.push(await register(payload, target, { name: email, email }))
    await Promise.all([cancel(placed[0]!.cancelToken), cancel(placed[1]!.cancelToken), cancel(placed[1]!.cancelToken)])
    await registrationNoticesSent()
    const rows = await registrationsOf(payload, target.key)
    expect(rows.filter((row) => row.status === 'registered').map((row) => row.sequence)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ])
    expect(rows.find((row) => row.sequence === 18)?.status).toBe('waitlist')
    await stub.waitFor(() => stub.emails.length === 2)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(stub.emails.map((mail) => mail.to[0]).sort()).toEqual(['race-16@example.org', 'race-17@example.org'])
  })

  it('mails a promotion once however many report it', async () => {
    const event = await formEvent(payload, { capacity: 1 })
    const target = (await loadTarget(payload, `events:${event.id}`))!
    await register(payload, target, { name: 'Eerste', email: 'eerste@example.org' })
    const { row } = await register(payload, target, { name: 'Tweede', email: 'tweede@example.org' })
    await Promise.all([1, 2, 3].map(() => notifyPromoted(payload, target, [row])))
    // One request: not merely deduplicated by Resend's idempotency key, but never sent twice.
    expect(stub.requests.filter((request) => request.path === '/emails')).toHaveLength(1)
    expect(stub.emails.map((mail) => mail.to[0])).toEqual(['tweede@example.org'])
  })

  it('refuses an unknown token', async () => {
    const response = await cancel('niet-bestaand')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ ok: false, error: 'token' })
  })
})

describe('capacity', () => {
  it('keeps a community between 15 and 25 places', async () => {
    const doc = await community(payload)
    await expect(
      errorText(payload.update({ collection: 'communities', id: doc.id, data: { capacity: 26 } })),
    ).resolves.toMatch(/capacity|Aantal plaatsen/i)
    await expect(
      errorText(payload.update({ collection: 'communities', id: doc.id, data: { capacity: 14 } })),
    ).resolves.toMatch(/capacity|Aantal plaatsen/i)
  })

  it('never drops below the number registered, and more places promote the waitlist', async () => {
    const doc = await community(payload, { capacity: 16 })
    const target = (await loadTarget(payload, `communities:${doc.id}`))!
    for (let index = 1; index <= 18; index += 1)
      await register(payload, target, { name: `P${index}`, email: `cap-${index}@example.org` })
    const message = await errorText(payload.update({ collection: 'communities', id: doc.id, data: { capacity: 15 } }))
    expect(message).toContain('Er zijn al 16 deelnemers ingeschreven. Het aantal plaatsen kan niet lager zijn dan 16.')

    await payload.update({ collection: 'communities', id: doc.id, data: { capacity: 17 } })
    await expect
      .poll(async () => (await registrationsOf(payload, target.key)).find((row) => row.sequence === 17)?.status)
      .toBe('registered')
    await registrationNoticesSent()
    await stub.waitFor(() => mailsTo('cap-17@example.org').length === 1)
    expect((await registrationsOf(payload, target.key)).find((row) => row.sequence === 18)?.status).toBe('waitlist')
  })

  it('needs a number of places for an event with the form', async () => {
    const event = await formEvent(payload)
    const message = await errorText(payload.update({ collection: 'events', id: event.id, data: { capacity: null } }))
    expect(message).toMatch(/aantal plaatsen/)
  })
})

describe('editing registrations', () => {
  it('lets editors correct a name but not the places; only admins delete, which frees the place', async () => {
    const event = await formEvent(payload, { capacity: 1 })
    const target = (await loadTarget(payload, `events:${event.id}`))!
    const first = await register(payload, target, { name: 'Eerst', email: 'del-1@example.org' })
    await register(payload, target, { name: 'Daarna', email: 'del-2@example.org' })
    // The first user becomes an admin whatever it asks for.
    await createUser(payload, 'admin', 'reg-admin@example.org')
    await createUser(payload, 'editor', 'reg-editor@example.org')
    const editor = { Authorization: `JWT ${await login(api, 'reg-editor@example.org')}` }
    const admin = { Authorization: `JWT ${await login(api, 'reg-admin@example.org')}` }
    const url = `${api.url}/api/registrations/${first.row.id}`

    const patched = await fetch(url, {
      method: 'PATCH',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Eerst Verbeterd',
        status: 'cancelled',
        sequence: 99,
        slot: 'x',
        email: 'ander@example.org',
      }),
    })
    expect(patched.status).toBe(200)
    const [row] = await registrationsOf(payload, target.key)
    expect(row).toMatchObject({
      name: 'Eerst Verbeterd',
      status: 'registered',
      sequence: 1,
      email: 'del-1@example.org',
    })

    expect((await fetch(url, { method: 'DELETE', headers: editor })).status).toBe(403)
    expect((await fetch(url, { method: 'DELETE', headers: admin })).status).toBe(200)
    await expect
      .poll(async () => (await registrationsOf(payload, target.key)).map((entry) => [entry.sequence, entry.status]))
      .toEqual([[2, 'registered']])
    await registrationNoticesSent()
    await stub.waitFor(() => mailsTo('del-2@example.org').length === 1)
  })
})

describe('availability and export', () => {
  it('tells the site places, counts and state per target', async () => {
    const open = await community(payload, { capacity: 15 })
    const full = await formEvent(payload, { capacity: 1 })
    const closed = await community(payload, { status: 'closed' })
    await signUp(`events:${full.id}`, 'anna@gemeente.example')
    const response = await fetch(`${api.url}/api/registrations/availability`)
    expect(response.status).toBe(200)
    const { targets } = (await response.json()) as { targets: Record<string, unknown> }
    expect(targets[`communities:${open.id}`]).toEqual({ capacity: 15, registered: 0, waitlist: 0, state: 'open' })
    expect(targets[`events:${full.id}`]).toEqual({ capacity: 1, registered: 1, waitlist: 0, state: 'waitlist' })
    expect(targets[`communities:${closed.id}`]).toMatchObject({ state: 'closed' })
  })

  it('exports the participants as CSV for Dutch Excel, to editors only', async () => {
    const doc = await community(payload)
    const key = `communities:${doc.id}`
    await approvedShareholders(payload, ['excel@example.org'], '=HYPERLINK("https://kwaad.example")')
    await signUp(key, 'excel@example.org', '@Evil; "Eve"')
    const url = `${api.url}/api/registrations/export.csv?target=${encodeURIComponent(key)}`

    expect((await fetch(url)).status).toBe(401)
    await createUser(payload, 'editor', 'csv-editor@example.org')
    const token = await login(api, 'csv-editor@example.org')
    const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="deelnemers-${doc.slug}.csv"`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
    expect(lines[0]).toBe('volgnummer;status;naam;e-mail;organisatie;ingeschreven op')
    expect(lines[1]).toMatch(
      /^1;Ingeschreven;"'@Evil; ""Eve""";excel@example\.org;"'=HYPERLINK\(""https:\/\/kwaad\.example""\)";\d{2}-\d{2}-\d{4},? \d{2}:\d{2}$/,
    )
  })

  it('never shows registrations to anonymous visitors', async () => {
    const doc = await community(payload)
    await signUp(`communities:${doc.id}`, 'anna@gemeente.example')
    const list = await fetch(`${api.url}/api/registrations`)
    expect([401, 403]).toContain(list.status)
    const page = (await (await fetch(`${api.url}/api/communities/${doc.id}`)).json()) as Record<string, unknown>
    expect(page.title).toBe(doc.title)
    expect(page).not.toHaveProperty('participants')

    await createUser(payload, 'editor', 'join-editor@example.org')
    const token = await login(api, 'join-editor@example.org')
    const asEditor = (await (
      await fetch(`${api.url}/api/communities/${doc.id}`, { headers: { Authorization: `JWT ${token}` } })
    ).json()) as { participants?: { docs: unknown[] } }
    expect(asEditor.participants?.docs).toHaveLength(1)
  })
})
