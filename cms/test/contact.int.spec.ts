import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import type { ContactMessage } from '@mao/shared/payload-types'
import { messagesOverview } from '../src/contact/admin/messagesOverview'
import { consentTexts, formWorkProcessed } from '../src/forms'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { useResendStub } from './support/env'
import { freshIp, login, postForm, postJson } from './support/http'

const OFFICE = 'bureau@example.org'
const contactVersion = consentTexts.contact.at(-1)!.version

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let editorToken: string
let adminToken: string

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  editorToken = await login(api, 'editor@example.org')
  adminToken = await login(api, 'admin@example.org')
})

afterAll(async () => {
  await api.close()
  await stub.close()
})

afterEach(() => vi.restoreAllMocks())

const officeAddress = (email: string | null) =>
  payload.updateGlobal({ slug: 'site-settings', data: { contact: { email } } })

/** Each post its own client address, so the per-client limit of one test does not hit another. */

const fields = (email: string, extra: Record<string, string> = {}) => ({
  topic: 'expertise',
  name: 'Petra de Vries',
  email,
  organisation: 'Gemeente Zwolle',
  message: 'Wie weet meer over thuiszitters?\n\nWe zoeken een expert in de regio.',
  privacyVersion: contactVersion,
  ...extra,
})

async function send(email: string, extra: Record<string, string> = {}) {
  const response = await postJson(api, '/api/contact-messages/send', fields(email, extra), freshIp())
  await formWorkProcessed()
  return response
}

const messageFrom = async (email: string): Promise<ContactMessage | undefined> =>
  (await payload.find({ collection: 'contact-messages', where: { email: { equals: email } } })).docs[0]
const mailsTo = (email: string) => stub.emails.filter((mail) => mail.to.includes(email))
/** What the CMS asked Resend to send (the stub keeps no reply-to of its own). */
const requestsTo = (email: string) =>
  stub.requests
    .map((request) => request.body as { to?: string[]; reply_to?: string | string[] })
    .filter((body) => body.to?.includes(email))

const auth = (token: string) => ({ authorization: `JWT ${token}` })

describe('the contact form', () => {
  it('stores the message with its consent, forwards it to the office and acknowledges it', async () => {
    await officeAddress(OFFICE)
    const response = await send('petra@example.org')
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ ok: true })

    const message = await messageFrom('petra@example.org')
    expect(message).toMatchObject({
      topic: 'expertise',
      name: 'Petra de Vries',
      organisation: 'Gemeente Zwolle',
      message: 'Wie weet meer over thuiszitters?\n\nWe zoeken een expert in de regio.',
      status: 'new',
      consent: { privacyVersion: contactVersion, text: consentTexts.contact.at(-1)!.text },
    })
    expect(message?.consent?.givenAt).toBeTruthy()
    expect(message?.receivedAt).toBeTruthy()
    expect(message?.forwardedAt).toBeTruthy()

    const [forwarded] = mailsTo(OFFICE).filter((mail) => mail.subject.includes('Petra de Vries'))
    expect(forwarded?.subject).toBe('Contactformulier: Expertise zoeken – Petra de Vries')
    expect(forwarded?.text).toContain('We zoeken een expert in de regio.')
    expect(forwarded?.html).toContain(`https://cms.example/admin/collections/contact-messages/${message?.id}`)
    expect(requestsTo(OFFICE).at(-1)?.reply_to).toEqual('petra@example.org')

    const [ack] = mailsTo('petra@example.org')
    expect(ack?.subject).toBe('We hebben je bericht ontvangen')
    expect(ack?.text).toContain('binnen vijf werkdagen')
    expect(ack?.text).not.toContain('thuiszitters')
    expect(requestsTo('petra@example.org').at(-1)?.reply_to).toEqual(OFFICE)
  })

  it('stores the message and warns when no office address is set', async () => {
    await officeAddress(null)
    const warn = vi.spyOn(payload.logger, 'warn')
    const sentBefore = stub.emails.length
    await send('zonder-adres@example.org')

    const message = await messageFrom('zonder-adres@example.org')
    expect(message?.status).toBe('new')
    expect(message?.forwardedAt).toBeFalsy()
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ msg: expect.stringMatching(/geen e-mailadres onder Contact in de site-instellingen/) }),
    )
    // Only the acknowledgement went out.
    expect(stub.emails.slice(sentBefore).flatMap((mail) => mail.to)).toEqual(['zonder-adres@example.org'])
  })

  it('mails a new message that gets the id of a deleted one', async () => {
    await officeAddress(OFFICE)
    await send('eerste@example.org')
    const first = (await messageFrom('eerste@example.org'))!
    await payload.delete({ collection: 'contact-messages', id: first.id })
    await send('tweede@example.org')
    const second = (await messageFrom('tweede@example.org'))!
    expect(second.id).toBe(first.id)
    expect(second.forwardedAt).toBeTruthy()
    expect(mailsTo('tweede@example.org')).toHaveLength(1)
  })

  it('sends a plain form post to the thank-you page, and an invalid one back to the form', async () => {
    await officeAddress(OFFICE)
    const done = await postForm(api, '/api/contact-messages/send', fields('formulier@example.org'), freshIp())
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe('https://site.example/contact/bedankt')
    const wrong = await postForm(
      api,
      '/api/contact-messages/send',
      fields('fout@example.org', { topic: 'onbekend' }),
      freshIp(),
    )
    expect(wrong.headers.get('location')).toBe('https://site.example/contact?fout=topic#fout-topic')
    await formWorkProcessed()
    expect(await messageFrom('formulier@example.org')).toBeDefined()
    expect(await messageFrom('fout@example.org')).toBeUndefined()
  })
})

describe('access to messages', () => {
  it('refuses every anonymous REST call', async () => {
    await send('geheim@example.org')
    const { id } = (await messageFrom('geheim@example.org'))!
    const calls = [
      fetch(`${api.url}/api/contact-messages`),
      fetch(`${api.url}/api/contact-messages/${id}`),
      postJson(api, '/api/contact-messages', fields('inbraak@example.org')),
      fetch(`${api.url}/api/contact-messages/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'done' }),
      }),
      fetch(`${api.url}/api/contact-messages/${id}`, { method: 'DELETE' }),
    ]
    for (const response of await Promise.all(calls)) {
      expect([401, 403]).toContain(response.status)
      expect(await response.text()).not.toContain('geheim@example.org')
    }
    expect((await messageFrom('geheim@example.org'))?.status).toBe('new')
    expect(await messageFrom('inbraak@example.org')).toBeUndefined()
  })

  it('lets an editor read and handle a message, recording who and when, but not delete it', async () => {
    await send('behandel@example.org')
    const { id } = (await messageFrom('behandel@example.org'))!
    const list = await fetch(`${api.url}/api/contact-messages?where[email][equals]=behandel@example.org`, {
      headers: auth(editorToken),
    })
    expect(((await list.json()) as { totalDocs: number }).totalDocs).toBe(1)
    const all = await fetch(`${api.url}/api/contact-messages?limit=100`, { headers: auth(editorToken) })
    const received = ((await all.json()) as { docs: ContactMessage[] }).docs.map((doc) => doc.receivedAt ?? '')
    expect(received.length).toBeGreaterThan(2)
    expect(received).toEqual([...received].sort().reverse())

    const update = await fetch(`${api.url}/api/contact-messages/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...auth(editorToken) },
      body: JSON.stringify({ status: 'in-progress', note: 'Doorgezet naar Jan.' }),
    })
    expect(update.status).toBe(200)
    const handled = await payload.findByID({ collection: 'contact-messages', id, depth: 0 })
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } }))
      .docs[0]
    expect(handled).toMatchObject({ status: 'in-progress', note: 'Doorgezet naar Jan.', handledBy: editor?.id })
    expect(handled.statusChangedAt).toBeTruthy()

    const byEditor = await fetch(`${api.url}/api/contact-messages/${id}`, {
      method: 'DELETE',
      headers: auth(editorToken),
    })
    expect(byEditor.status).toBe(403)
    expect(await messageFrom('behandel@example.org')).toBeDefined()
    const byAdmin = await fetch(`${api.url}/api/contact-messages/${id}`, {
      method: 'DELETE',
      headers: auth(adminToken),
    })
    expect(byAdmin.status).toBe(200)
    expect(await messageFrom('behandel@example.org')).toBeUndefined()
  })

  it('gives the dashboard the count of new messages and a missing office address, and nothing without a user', async () => {
    await officeAddress(OFFICE)
    const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } }))
      .docs[0]!
    const before = (await messagesOverview(payload, editor))!.newCount
    await send('teller@example.org')
    expect(await messagesOverview(payload, editor)).toEqual({ newCount: before + 1, officeAddressMissing: false })
    const { id } = (await messageFrom('teller@example.org'))!
    await payload.update({ collection: 'contact-messages', id, data: { status: 'done' } })
    await officeAddress(null)
    expect(await messagesOverview(payload, editor)).toEqual({ newCount: before, officeAddressMissing: true })
    expect(await messagesOverview(payload, null)).toBeUndefined()
  })
})
