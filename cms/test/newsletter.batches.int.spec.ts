import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { freezeRecipients } from '../src/newsletter/send/freezeRecipients'
import { resumeSends } from '../src/newsletter/send/resumeSends'
import { startSend } from '../src/newsletter/send/startSend'
import { newsletterSettings } from '../src/newsletter/settings'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { publish, subscribers, succeededBuild } from './support/content'
import { approvedEdition, pausedEdition } from './support/editions'
import { useResendStub } from './support/env'
import { login, postJson } from './support/http'

let payload: Payload
let stub: ResendStub
let api: Awaited<ReturnType<typeof startRestServer>>
let editor: Record<string, string>
let newsId: number

const RECIPIENTS = Array.from({ length: 5 }, (_, index) => `ontvanger${index + 1}@example.org`)

beforeAll(async () => {
  stub = await useResendStub()
  Object.assign(process.env, { NEWSLETTER_BATCH_SIZE: '2', NEWSLETTER_REQUEST_TIMEOUT_MS: '1000' })
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  editor = { authorization: `JWT ${await login(api, 'editor@example.org')}` }
  newsId = (await publish(payload, 'news', 'Bericht voor de batches', { minutesAgo: 30 })).id
  await subscribers(payload, Object.fromEntries(RECIPIENTS.map((email) => [email, 'confirmed'])))
  await succeededBuild(payload)
})

afterAll(async () => {
  await api.close()
  await stub.close()
  for (const name of ['NEWSLETTER_BATCH_SIZE', 'NEWSLETTER_REQUEST_TIMEOUT_MS']) delete process.env[name]
})

const received = (subject: string) =>
  stub.emails
    .filter((mail) => mail.subject === subject)
    .flatMap((mail) => mail.to)
    .sort()
const batches = async (id: number) =>
  (await payload.find({ collection: 'newsletter-batches', where: { newsletter: { equals: id } }, sort: 'number' })).docs
const status = async (id: number) => (await payload.findByID({ collection: 'newsletters', id })).status
const setStatus = async (email: string, to: 'unsubscribed' | 'bounced' | 'confirmed') =>
  payload.update({ collection: 'subscribers', where: { email: { equals: email } }, data: { status: to } })

describe('a resumed send', () => {
  it('sends what was frozen at the start, whatever the configuration says by then', async () => {
    const edition = await pausedEdition(payload, 'Bevroren-editie', newsId)
    const original = { from: process.env.NEWSLETTER_FROM, cms: process.env.CMS_PUBLIC_URL }
    Object.assign(process.env, {
      NEWSLETTER_FROM: 'Iemand Anders <ander@example.org>',
      CMS_PUBLIC_URL: 'https://elders.example',
      NEWSLETTER_REPLY_TO: 'antwoord@example.org',
    })
    try {
      expect(await resumeSends(payload)).toEqual({ [String(edition.id)]: 'sent' })
    } finally {
      Object.assign(process.env, { NEWSLETTER_FROM: original.from, CMS_PUBLIC_URL: original.cms })
      delete process.env.NEWSLETTER_REPLY_TO
    }
    const mails = stub.emails.filter((mail) => mail.subject === 'Bevroren-editie')
    expect(mails).toHaveLength(RECIPIENTS.length)
    for (const mail of mails) {
      expect(mail.from).toBe('Met Andere Ogen <nieuwsbrief@example.org>')
      expect(mail.headers['List-Unsubscribe']).toMatch(/^<https:\/\/cms\.example\/api\/subscribers\/unsubscribe\?/)
    }
    const requests = stub.requests.filter((request) => request.path === '/emails/batch')
    expect(requests.every((request) => !('reply_to' in (request.body as object[])[0]!))).toBe(true)
  })

  it('drops who unsubscribed or bounced since the start from batches never tried, not from one tried', async () => {
    const edition = await pausedEdition(payload, 'Herkeuring-editie', newsId)
    // Batch 1 (ontvanger1, 2) was tried already: its payload may not change. Batch 2 was not.
    await setStatus('ontvanger1@example.org', 'unsubscribed')
    await setStatus('ontvanger3@example.org', 'unsubscribed')
    await setStatus('ontvanger4@example.org', 'bounced')
    try {
      expect(await resumeSends(payload)).toEqual({ [String(edition.id)]: 'sent' })
    } finally {
      for (const email of ['ontvanger1@example.org', 'ontvanger3@example.org', 'ontvanger4@example.org'])
        await setStatus(email, 'confirmed')
    }
    expect(received('Herkeuring-editie')).toEqual([
      'ontvanger1@example.org',
      'ontvanger2@example.org',
      'ontvanger5@example.org',
    ])
    const [, second] = await batches(edition.id)
    expect(second).toMatchObject({ status: 'sent', size: 0, skipped: 2 })
    const doc = await payload.findByID({ collection: 'newsletters', id: edition.id })
    expect(doc.progress).toMatchObject({ total: 3, sent: 3, failed: 0 })
  })
})

describe('a batch with an address Resend refuses', () => {
  it('goes out to the others, and the refused address is recorded as failed', async () => {
    const edition = await approvedEdition(payload, 'Weigering-editie', newsId)
    stub.refuseRecipients(['ontvanger2@example.org'])
    try {
      await (
        await startSend(payload, edition.id, 'test')
      ).run
    } finally {
      stub.refuseRecipients([])
    }
    expect(await status(edition.id)).toBe('sent')
    expect(received('Weigering-editie')).toEqual(RECIPIENTS.filter((email) => email !== 'ontvanger2@example.org'))
    const [first] = await batches(edition.id)
    expect(first).toMatchObject({ status: 'sent', failed: 1 })
    expect(first?.results).toEqual([
      { id: expect.any(String), emailId: expect.any(String) },
      { id: expect.any(String), error: 'Invalid `to` address' },
    ])
    const doc = await payload.findByID({ collection: 'newsletters', id: edition.id })
    expect(doc.progress).toMatchObject({ total: 5, sent: 4, failed: 1 })
  })
})

describe('an uncertain batch', () => {
  const decide = (id: number, number: number, decision: string, headers = editor) =>
    postJson(api, `/api/newsletters/${id}/batches/${number}/decision`, { decision }, headers)

  it('is what a batch first tried more than 23 hours ago becomes: not resent until an editor says so', async () => {
    const edition = await pausedEdition(payload, 'Oude-poging-editie', newsId)
    const [first] = await batches(edition.id)
    await payload.db.updateOne({
      collection: 'newsletter-batches',
      id: first!.id,
      data: { firstAttemptAt: new Date(Date.now() - 24 * 3600_000).toISOString() },
    })
    expect(await resumeSends(payload)).toEqual({ [String(edition.id)]: 'waiting' })
    expect(received('Oude-poging-editie')).toEqual(RECIPIENTS.slice(2))
    expect((await batches(edition.id))[0]?.status).toBe('uncertain')
    const progress = await fetch(`${api.url}/api/newsletters/${edition.id}/progress`, { headers: editor })
    expect(await progress.json()).toMatchObject({
      status: 'sending',
      uncertain: 2,
      uncertainBatches: [{ number: 1, size: 2 }],
    })
    // Anonymous visitors cannot decide; an editor resends under a new key.
    expect((await decide(edition.id, 1, 'resend', {})).status).toBe(401)
    expect((await decide(edition.id, 1, 'iets')).status).toBe(400)
    expect((await decide(edition.id, 1, 'resend')).status).toBe(200)
    await stub.waitFor(() => received('Oude-poging-editie').length === RECIPIENTS.length)
    await waitForSent(edition.id)
    const resent = stub.requests.filter(
      (request) => request.path === '/emails/batch' && request.idempotencyKey?.includes('-opnieuw-'),
    )
    expect(resent).toHaveLength(1)
    expect(resent[0]!.idempotencyKey).toMatch(
      new RegExp(`^${newsletterSettings().installationId}/newsletter-${edition.edition}-batch-1-opnieuw-`),
    )
  })

  it('is what a 409 for a reused idempotency key gives; marked as sent, the edition is done', async () => {
    const edition = await approvedEdition(payload, 'Conflict-editie', newsId)
    stub.setRules([
      { path: '/emails/batch', times: 1, action: { type: 'status', status: 409, name: 'invalid_idempotent_request' } },
    ])
    try {
      await (
        await startSend(payload, edition.id, 'test')
      ).run
    } finally {
      stub.setRules([])
    }
    expect(await status(edition.id)).toBe('sending')
    const [first] = await batches(edition.id)
    expect(first).toMatchObject({ status: 'uncertain', error: expect.stringMatching(/invalid_idempotent_request/) })
    expect(received('Conflict-editie')).toEqual(RECIPIENTS.slice(2))
    expect((await decide(edition.id, 1, 'markSent')).status).toBe(200)
    await waitForSent(edition.id)
    expect(received('Conflict-editie')).toEqual(RECIPIENTS.slice(2))
    expect((await batches(edition.id))[0]).toMatchObject({
      status: 'sent',
      decision: expect.stringMatching(/Test editor/),
    })
    expect((await decide(edition.id, 1, 'resend')).status).toBe(409)
  })
})

describe('the recipients, frozen batch by batch', () => {
  it('go on after an interrupted freeze, with whoever confirmed since and nobody twice', async () => {
    const edition = await approvedEdition(payload, 'Bevriezen-editie', newsId)
    const newsletter = { id: edition.id, edition: edition.edition ?? 0 }
    const interrupted = freezeRecipients(payload, newsletter, 2)
    expect(await interrupted.written(1)).toBe(true)
    interrupted.stop()
    await interrupted.ended()
    expect(interrupted.state()).toBe('stopped')
    const frozen = async () =>
      (await batches(edition.id)).map((batch) => (batch.recipients as { email: string }[]).map(({ email }) => email))
    expect(await frozen()).toEqual([RECIPIENTS.slice(0, 2)])

    await setStatus('ontvanger4@example.org', 'unsubscribed')
    await subscribers(payload, { 'nieuw@example.org': 'confirmed' })
    try {
      const resumed = freezeRecipients(payload, newsletter, 2)
      resumed.finish()
      await resumed.ended()
      expect(resumed.state()).toBe('complete')
    } finally {
      await setStatus('ontvanger4@example.org', 'confirmed')
    }
    expect(await frozen()).toEqual([
      RECIPIENTS.slice(0, 2),
      ['ontvanger3@example.org', 'ontvanger5@example.org'],
      ['nieuw@example.org'],
    ])
    expect((await batches(edition.id)).map((batch) => batch.idempotencyKey)).toEqual(
      [1, 2, 3].map((number) => `newsletter-${newsletter.edition}-batch-${number}`),
    )
  })
})

async function waitForSent(id: number) {
  for (let round = 0; round < 100 && (await status(id)) !== 'sent'; round += 1)
    await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await status(id)).toBe('sent')
}
