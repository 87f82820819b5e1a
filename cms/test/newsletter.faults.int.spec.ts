import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { acquireLease, releaseLease } from '../src/newsletter/send/lease'
import { resumeSends } from '../src/newsletter/send/resumeSends'
import { runSend } from '../src/newsletter/send/runSend'
import { startSend } from '../src/newsletter/send/startSend'
import { newsletterSettings } from '../src/newsletter/settings'
import { getTestPayload, startSender } from '../src/testing'
import { publish, subscribers, succeededBuild, waitForStatus } from './support/content'
import { approvedEdition, pausedEdition } from './support/editions'
import { useResendStub } from './support/env'

let payload: Payload
let stub: ResendStub
let newsId: number

const RECIPIENTS = Array.from({ length: 7 }, (_, index) => `lezer${index + 1}@example.org`)

beforeAll(async () => {
  stub = await useResendStub()
  // Request timeout 1 s, so the lease (at least two timeouts) is 2 s and a killed sender's claim lapses soon.
  Object.assign(process.env, {
    NEWSLETTER_BATCH_SIZE: '2',
    NEWSLETTER_LEASE_SECONDS: '1',
    NEWSLETTER_REQUEST_TIMEOUT_MS: '1000',
  })
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
  for (const name of [
    'NEWSLETTER_BATCH_SIZE',
    'NEWSLETTER_LEASE_SECONDS',
    'NEWSLETTER_REQUEST_TIMEOUT_MS',
    'NEWSLETTER_MAX_ATTEMPTS',
  ])
    delete process.env[name]
})

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
    const edition = await approvedEdition(payload, 'Crash-editie', newsId)
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
    // Batch 1 went out, batch 2 is without an outcome; the recipients are frozen a few batches ahead
    // of the sender, so batches 3 and 4 may not exist yet: the restart freezes what is missing.
    const statuses = batches.docs.map((batch) => batch.status)
    expect(statuses.slice(0, 2)).toEqual(['sent', 'pending'])
    expect(statuses.slice(2).every((status) => status === 'pending')).toBe(true)
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sending')

    const restarted = startSender(['resume'])
    expect(await restarted.exited, restarted.output()).toBe(0)
    expect(restarted.lines().at(-1)).toMatchObject({ event: 'done' })
    const sent = await waitForStatus(payload, edition.id, 'sent')
    expect(sent.progress).toMatchObject({ total: 7, sent: 7, failed: 0 })
    expectExactlyOnce('Crash-editie')
    const prefix = `${newsletterSettings().installationId}/newsletter-${edition.edition}-batch-`
    const keys = batchRequests('Crash-editie').map(
      (request) => `${request.idempotencyKey?.replace(prefix, '')}${request.replayed ? ' (replayed)' : ''}`,
    )
    expect(keys).toEqual(['1', '2', '2 (replayed)', '3', '4'])
  }, 120_000)

  it('retries a 500, a lost response and a timeout with the same key, without duplicates', async () => {
    process.env.NEWSLETTER_REQUEST_TIMEOUT_MS = '400'
    const edition = await approvedEdition(payload, 'Storing-editie', newsId)
    stub.setRules([
      { path: '/emails/batch', after: 0, times: 1, action: { type: 'status', status: 500 } },
      { path: '/emails/batch', after: 1, times: 1, action: { type: 'dropAfterAccept' } },
      { path: '/emails/batch', after: 3, times: 1, action: { type: 'delay', ms: 1500 } },
      { path: '/emails/batch', after: 5, times: 1, action: { type: 'drop' } },
    ])
    const { run } = await startSend(payload, edition.id, 'test')
    await run
    stub.setRules([])
    process.env.NEWSLETTER_REQUEST_TIMEOUT_MS = '1000'
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sent')
    expectExactlyOnce('Storing-editie')
    const prefix = `${newsletterSettings().installationId}/newsletter-${edition.edition}-batch-`
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
    const edition = await approvedEdition(payload, 'Sleutel-editie', newsId)
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

describe('a sustained Resend outage during a send', () => {
  it('pauses, resumes, and ends with every recipient mailed exactly once', async () => {
    Object.assign(process.env, { NEWSLETTER_REQUEST_TIMEOUT_MS: '300', NEWSLETTER_MAX_ATTEMPTS: '3' })
    const edition = await approvedEdition(payload, 'Storingsperiode-editie', newsId)
    // 500s, then 429s with retry-after, then answers too slow for the 300 ms timeout (the emails
    // are taken but the answer is lost), each for a span of time; then Resend recovers.
    stub.setRules([
      { path: '/emails/batch', untilMs: 600, action: { type: 'status', status: 500 } },
      { path: '/emails/batch', fromMs: 600, untilMs: 1800, action: { type: 'status', status: 429, retryAfter: 1 } },
      { path: '/emails/batch', fromMs: 1800, untilMs: 3000, action: { type: 'delay', ms: 1000 } },
    ])
    try {
      const { run } = await startSend(payload, edition.id, 'test')
      const outcomes = [String(await run)]
      for (let round = 0; round < 40; round += 1) {
        const doc = await payload.findByID({ collection: 'newsletters', id: edition.id })
        if (doc.status === 'sent') break
        outcomes.push(...Object.values(await resumeSends(payload)))
      }
      expect(outcomes).toContain('paused')
    } finally {
      stub.setRules([])
      Object.assign(process.env, { NEWSLETTER_REQUEST_TIMEOUT_MS: '1000', NEWSLETTER_MAX_ATTEMPTS: '8' })
    }
    const sent = await payload.findByID({ collection: 'newsletters', id: edition.id, showHiddenFields: true })
    expect(sent.status).toBe('sent')
    expect(sent.sendLog?.map((entry) => entry.message).join('\n')).toMatch(/Gepauzeerd bij batch/)
    const statuses = batchRequests('Storingsperiode-editie').map((request) => String(request.status))
    for (const status of ['500', '429', 'dropped']) expect(statuses).toContain(status)
    expectExactlyOnce('Storingsperiode-editie')
  }, 60_000)
})

describe('the send lease', () => {
  it('goes to exactly one of several simultaneous claimants', async () => {
    const claims = await Promise.all(Array.from({ length: 6 }, () => acquireLease(payload, 'lease-test', 5000)))
    const held = claims.filter((claim) => claim !== undefined)
    expect(held).toHaveLength(1)
    await releaseLease(payload, held[0]!)
    expect(await acquireLease(payload, 'lease-test', 5000)).toBeDefined()
  })

  it("keeps a live holder in charge, and is taken over once a dead holder's claim expired", async () => {
    const edition = await pausedEdition(payload, 'Claim-editie', newsId)
    const expiresAt = (ms: number) => new Date(Date.now() + ms).toISOString()
    const claim = (ms: number) =>
      payload.db.create({
        collection: 'newsletter-send-leases',
        data: { id: `ander-proces-${ms}`, newsletter: String(edition.id), expiresAt: expiresAt(ms) },
      })
    const live = await claim(60_000)
    expect(await runSend(payload, edition.id)).toBe('busy')
    expect(stub.emails.filter((mail) => mail.subject === 'Claim-editie')).toHaveLength(0)
    await payload.db.deleteOne({ collection: 'newsletter-send-leases', where: { id: { equals: live.id } } })
    await claim(-1000) // its holder died a second ago
    expect(await runSend(payload, edition.id)).toBe('sent')
    expectExactlyOnce('Claim-editie')
  })

  it('lets one of two sender processes started at once send, without a duplicate', async () => {
    const edition = await pausedEdition(payload, 'Twee-afzenders-editie', newsId)
    const senders = [startSender(['resume']), startSender(['resume'])]
    for (const sender of senders) expect(await sender.exited, sender.output()).toBe(0)
    expect((await payload.findByID({ collection: 'newsletters', id: edition.id })).status).toBe('sent')
    expectExactlyOnce('Twee-afzenders-editie')
    // Leaving out the refused attempt that paused the edition before the test.
    const sent = batchRequests('Twee-afzenders-editie').filter((request) => request.status !== 403)
    expect(sent.map((request) => request.replayed)).toEqual([false, false, false, false])
    expect(new Set(sent.map((request) => request.idempotencyKey)).size).toBe(4)
  }, 120_000)
})
