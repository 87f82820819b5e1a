import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { resumeSends } from '../src/newsletter/send/resumeSends'
import { startSend } from '../src/newsletter/send/startSend'
import { getTestPayload, startSender } from '../src/testing'
import { publish, subscribers, succeededBuild, waitForStatus } from './support/content'
import { useResendStub } from './support/env'

let payload: Payload
let stub: ResendStub
let newsId: number

const RECIPIENTS = Array.from({ length: 7 }, (_, index) => `lezer${index + 1}@example.org`)

beforeAll(async () => {
  stub = await useResendStub()
  Object.assign(process.env, { NEWSLETTER_BATCH_SIZE: '2', NEWSLETTER_LEASE_SECONDS: '1' })
  payload = await getTestPayload()
  newsId = (await publish(payload, 'news', 'Bericht voor iedereen', { minutesAgo: 30 })).id
  await subscribers(payload, {
    ...Object.fromEntries(RECIPIENTS.map((email) => [email, 'confirmed'])),
    'niet-bevestigd@example.org': 'pending',
  })
  await succeededBuild(payload)
})

afterAll(async () => {
  await stub.close()
  for (const name of ['NEWSLETTER_BATCH_SIZE', 'NEWSLETTER_LEASE_SECONDS', 'NEWSLETTER_REQUEST_TIMEOUT_MS'])
    delete process.env[name]
})

async function approvedEdition(title: string) {
  const doc = await payload.create({
    collection: 'newsletters',
    data: { title, status: 'draft', items: [{ item: { relationTo: 'news', value: newsId } }] },
  })
  return payload.update({ collection: 'newsletters', id: doc.id, data: { status: 'approved' } })
}

/** Every recipient got exactly one copy of the edition, and nobody else got one. */
function expectExactlyOnce(subject: string) {
  const received = stub.emails.filter((mail) => mail.subject === subject).flatMap((mail) => mail.to)
  expect(received.sort()).toEqual([...RECIPIENTS].sort())
}

const batchRequests = (subject: string) =>
  stub.requests.filter(
    (request) =>
      request.path === '/emails/batch' &&
      Array.isArray(request.body) &&
      (request.body as { subject: string }[])[0]?.subject === subject,
  )

describe('sending', () => {
  it('resumes after the sending process is killed mid-send, and nobody gets the edition twice', async () => {
    const edition = await approvedEdition('Crash-editie')
    // Batch 2 is accepted (delivered) but its answer never reaches the sender: it is killed then.
    stub.setRules([{ path: '/emails/batch', after: 1, times: 1, action: { type: 'delay', ms: 60_000 } }])
    const first = startSender(['start', String(edition.id)])
    await stub.waitFor(() => stub.emails.filter((mail) => mail.subject === 'Crash-editie').length === 4, 60_000)
    first.kill()
    await first.exited
    stub.setRules([])

    const batches = await payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: edition.id } },
      sort: 'number',
    })
    expect(batches.docs.map((batch) => batch.status)).toEqual(['sent', 'pending', 'pending', 'pending'])
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sending')

    const restarted = startSender(['resume'])
    expect(await restarted.exited, restarted.output()).toBe(0)
    expect(restarted.lines().at(-1)).toMatchObject({ event: 'done' })
    const sent = await waitForStatus(payload, edition.id, 'sent')
    expect(sent.progress).toMatchObject({ total: 7, sent: 7, failed: 0 })
    expectExactlyOnce('Crash-editie')
    const prefix = `newsletter-${edition.edition}-batch-`
    const keys = batchRequests('Crash-editie').map(
      (request) => `${request.idempotencyKey?.replace(prefix, '')}${request.replayed ? ' (replayed)' : ''}`,
    )
    expect(keys).toEqual(['1', '2', '2 (replayed)', '3', '4'])
  }, 120_000)

  it('retries a 500, a lost response and a timeout with the same key, without duplicates', async () => {
    process.env.NEWSLETTER_REQUEST_TIMEOUT_MS = '400'
    const edition = await approvedEdition('Storing-editie')
    stub.setRules([
      { path: '/emails/batch', after: 0, times: 1, action: { type: 'status', status: 500 } },
      { path: '/emails/batch', after: 1, times: 1, action: { type: 'dropAfterAccept' } },
      { path: '/emails/batch', after: 3, times: 1, action: { type: 'delay', ms: 1500 } },
      { path: '/emails/batch', after: 5, times: 1, action: { type: 'drop' } },
    ])
    const { run } = await startSend(payload, edition.id, 'test')
    await run
    stub.setRules([])
    delete process.env.NEWSLETTER_REQUEST_TIMEOUT_MS
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sent')
    expectExactlyOnce('Storing-editie')
    const prefix = `newsletter-${edition.edition}-batch-`
    expect(
      batchRequests('Storing-editie').map((request) => [
        request.idempotencyKey?.replace(prefix, ''),
        String(request.status),
        request.replayed,
      ]),
    ).toEqual([
      ['1', '500', false],
      ['1', 'dropped', false],
      ['1', '200', true],
      ['2', 'dropped', false],
      ['2', '200', true],
      ['3', 'dropped', false],
      ['3', '200', false],
      ['4', '200', false],
    ])
  })

  it('pauses when Resend refuses the API key, and resumes once it is fixed', async () => {
    const edition = await approvedEdition('Sleutel-editie')
    process.env.RESEND_API_KEY = 'verkeerde-sleutel'
    const { run } = await startSend(payload, edition.id, 'test')
    await run
    const paused = await payload.findByID({ collection: 'newsletters', id: edition.id })
    expect(paused.status).toBe('sending')
    expect(paused.progress?.pausedReason).toMatch(/RESEND_API_KEY/)
    expect(stub.emails.filter((mail) => mail.subject === 'Sleutel-editie')).toHaveLength(0)

    process.env.RESEND_API_KEY = 're_test_key'
    expect(await resumeSends(payload)).toEqual({ [String(edition.id)]: 'sent' })
    expectExactlyOnce('Sleutel-editie')
  })
})
