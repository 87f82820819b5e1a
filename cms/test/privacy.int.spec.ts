import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ResendStub } from '@mao/resend-stub'
import { richText } from '@mao/shared/lexical'
import { erasePersonalData, exportPersonalData } from '../src/privacy'
import { ERASED_RECIPIENT } from '../src/privacy/sources/newsletterRecipients'
import { registrationNoticesSent } from '../src/registrations'
import { createUser, getTestPayload } from '../src/testing'
import { useResendStub } from './support/env'

// The same person, typed in three ways: every place must match all of them.
const JAN = 'jan.jansen@voorbeeld.nl'
const OTHER = 'piet@voorbeeld.nl'
const consent = { text: 'Akkoord.', privacyVersion: '2026-12', givenAt: '2026-12-01T10:00:00.000Z' }
const body = richText([{ p: 'Tekst' }])

let payload: Payload
let stub: ResendStub
const ids: Record<string, number | string> = {}

async function registration(community: number | string, sequence: number, email: string, status: string) {
  const key = `communities:${community}`
  return payload.db.create({
    collection: 'registrations',
    data: {
      target: { relationTo: 'communities', value: community },
      targetKey: key,
      sequence,
      slot: `${key}#${sequence}`,
      activeKey: `${key}#${email}`,
      name: `Deelnemer ${sequence}`,
      email,
      status,
      consent,
    },
  })
}

beforeAll(async () => {
  stub = await useResendStub()
  payload = await getTestPayload()
  await createUser(payload, 'admin')

  for (const email of ['Jan.Jansen@Voorbeeld.nl', OTHER])
    await payload.create({ collection: 'subscribers', data: { email, status: 'confirmed' } })

  const news = await payload.create({
    collection: 'news',
    data: { title: 'Bericht', summary: 'Kort.', body, _status: 'published' },
  })
  const edition = await payload.create({
    collection: 'newsletters',
    data: { title: 'Editie', status: 'draft', items: [{ item: { relationTo: 'news', value: news.id } }] },
  })
  const batch = await payload.db.create({
    collection: 'newsletter-batches',
    data: {
      newsletter: edition.id,
      number: 1,
      idempotencyKey: 'privacy-test-1',
      size: 2,
      status: 'sent',
      sentAt: '2026-11-30T08:00:00.000Z',
      recipients: [
        { id: '1', email: JAN, token: 'token-jan' },
        { id: '2', email: OTHER, token: 'token-piet' },
      ],
    },
  })
  ids.batch = batch.id

  for (const email of ['JAN.JANSEN@voorbeeld.nl', OTHER]) {
    await payload.create({
      collection: 'shareholder-applications',
      data: {
        organisation: `Gemeente van ${email}`,
        name: 'Contact',
        email,
        sector: 'gemeente',
        status: 'pending',
        consent,
      },
    })
    await payload.create({
      collection: 'contact-messages',
      data: {
        topic: 'vraag',
        status: 'new',
        name: 'Afzender',
        email,
        message: 'Een vraag.',
        receivedAt: new Date().toISOString(),
        consent,
      },
    })
  }

  // 15 places: Jan holds one, Piet waits first in line.
  const community = await payload.create({
    collection: 'communities',
    data: { title: 'Thuiszitters', summary: 'Kort.', capacity: 15, _status: 'draft' },
    draft: true,
  })
  ids.community = community.id
  for (let sequence = 1; sequence <= 15; sequence += 1)
    await registration(community.id, sequence, sequence === 3 ? JAN : `deelnemer${sequence}@voorbeeld.nl`, 'registered')
  const waiting = await registration(community.id, 16, OTHER, 'waitlist')
  ids.waiting = waiting.id

  const submission = {
    name: 'Jan Jansen',
    email: JAN,
    organisation: 'School',
    submittedAt: '2026-12-01T10:00:00.000Z',
    consent,
  }
  const draftPractice = await payload.create({
    collection: 'practices',
    data: { title: 'Ingestuurd voorbeeld', summary: 'Kort.', body, submission, _status: 'draft' } as never,
    draft: true,
  })
  ids.draftPractice = draftPractice.id
  const published = await payload.create({
    collection: 'practices',
    data: {
      title: 'Gepubliceerd voorbeeld',
      summary: 'Kort.',
      body,
      contact: { name: 'Jan Jansen', email: 'Jan.Jansen@voorbeeld.nl', phone: '0612345678', publishConsent: true },
      _status: 'published',
    } as never,
  })
  // A second saved version: the address must go from the history too.
  await payload.update({ collection: 'practices', id: published.id, data: { summary: 'Nieuwe samenvatting.' } })
  ids.publishedPractice = published.id
  const expert = await payload.create({
    collection: 'experts',
    data: { title: 'Expert', summary: 'Kort.', submission, _status: 'published' } as never,
  })
  ids.expert = expert.id
  const region = await payload.create({
    collection: 'regions',
    data: {
      title: 'Regio Noord',
      summary: 'Kort.',
      province: 'groningen',
      coordinates: { lat: 53.2, lng: 6.5 },
      contacts: [
        { name: 'Jan Jansen', email: JAN, publishConsent: true },
        { name: 'Piet', email: OTHER, publishConsent: true },
      ],
      _status: 'published',
    } as never,
  })
  ids.region = region.id
  await createUser(payload, 'editor', 'Jan.Jansen@voorbeeld.nl')
})

afterAll(async () => {
  await stub.close()
})

/** Everything about the other person, without what the erasure must change: the time, and a place that moved up. */
async function everythingElse() {
  const { exportedAt: _, ...exported } = await exportPersonalData(payload, OTHER)
  const registrations = exported.data.registrations!.records as Record<string, unknown>[]
  exported.data.registrations!.records = registrations.map(
    ({ status: _s, promotedAt: _p, updatedAt: _u, ...rest }) => rest,
  )
  return exported
}

describe('exportPersonalData', () => {
  it('finds the address in every place, in any case, and nothing of anybody else', async () => {
    const exported = await exportPersonalData(payload, '  JAN.Jansen@Voorbeeld.NL ')
    expect(exported.email).toBe(JAN)
    const counts = Object.fromEntries(Object.entries(exported.data).map(([key, { records }]) => [key, records.length]))
    expect(counts).toEqual({
      subscribers: 1,
      'newsletter-recipients': 1,
      registrations: 1,
      'shareholder-applications': 1,
      'contact-messages': 1,
      practices: 2,
      experts: 1,
      regions: 1,
      users: 1,
    })
    const text = JSON.stringify(exported)
    expect(text).not.toContain(OTHER)
    expect(text).not.toContain('deelnemer')
    // Hidden fields (token hashes) never leave the CMS.
    expect(text).not.toContain('confirmTokenHash')
    expect(text).not.toContain('cancelTokenHash')
    expect(exported.data['newsletter-recipients']!.records[0]).toMatchObject({
      newsletter: expect.anything(),
      batch: 1,
      status: 'sent',
    })
  })

  it('takes wildcard characters in an address literally', async () => {
    for (const email of ['a_b+c%d@voorbeeld.nl', 'axb+cxxd@voorbeeld.nl'])
      await payload.create({ collection: 'subscribers', data: { email, status: 'confirmed' } })
    const exported = await exportPersonalData(payload, 'A_B+C%D@voorbeeld.nl')
    expect(exported.data.subscribers!.records).toEqual([expect.objectContaining({ email: 'a_b+c%d@voorbeeld.nl' })])
  })

  it('refuses what is not an address', async () => {
    await expect(exportPersonalData(payload, 'jan')).rejects.toThrow('is geen e-mailadres')
  })
})

describe('erasePersonalData', () => {
  it('deletes or anonymises every record of the address, leaving others untouched, without logging it', async () => {
    const before = await everythingElse()
    const { updatedAt: savedAt } = await payload.findByID({
      collection: 'practices',
      id: ids.publishedPractice!,
      depth: 0,
    })
    const info = vi.spyOn(payload.logger, 'info')
    const summary = await erasePersonalData(payload, 'Jan.Jansen@VOORBEELD.nl')
    await vi.waitFor(async () => {
      const waiting = await payload.findByID({ collection: 'registrations', id: ids.waiting!, depth: 0 })
      expect(waiting.status).toBe('registered')
    })
    await registrationNoticesSent()

    const counts = Object.fromEntries(
      Object.entries(summary.counts).map(([key, { deleted, anonymised, kept }]) => [key, [deleted, anonymised, kept]]),
    )
    expect(counts).toEqual({
      subscribers: [1, 0, 0],
      'newsletter-recipients': [0, 1, 0],
      registrations: [1, 0, 0],
      'shareholder-applications': [1, 0, 0],
      'contact-messages': [1, 0, 0],
      practices: [1, 1, 0],
      experts: [0, 1, 0],
      regions: [0, 1, 0],
      users: [0, 0, 1],
    })
    const logged = JSON.stringify(info.mock.calls)
    expect(logged).toContain('Privacy: gegevens gewist')
    expect(logged.toLowerCase()).not.toContain('jan.jansen')

    const left = await exportPersonalData(payload, JAN)
    const remaining = Object.entries(left.data)
      .filter(([, { records }]) => records.length > 0)
      .map(([key]) => key)
    expect(remaining).toEqual(['users'])
    expect(await everythingElse()).toEqual(before)

    // The unpublished contribution is gone with its history; the published one keeps its text.
    await expect(payload.findByID({ collection: 'practices', id: ids.draftPractice!, draft: true })).rejects.toThrow()
    const practice = await payload.findByID({ collection: 'practices', id: ids.publishedPractice!, depth: 0 })
    expect(practice.summary).toBe('Nieuwe samenvatting.')
    expect(practice.contact).toMatchObject({ name: null, email: null, phone: null, publishConsent: false })
    // Saved anew, so the next site build fetches it instead of reusing its last copy.
    expect(Date.parse(practice.updatedAt)).toBeGreaterThan(Date.parse(savedAt))
    const history = await payload.findVersions({
      collection: 'practices',
      where: { parent: { equals: ids.publishedPractice } },
    })
    expect(history.docs.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(history.docs).toLowerCase()).not.toContain('jan')

    const expert = await payload.findByID({ collection: 'experts', id: ids.expert!, depth: 0 })
    expect(expert.title).toBe('Expert')
    expect(expert.submission).toMatchObject({ name: null, email: null, submittedAt: '2026-12-01T10:00:00.000Z' })

    const region = await payload.findByID({ collection: 'regions', id: ids.region!, depth: 0 })
    expect(region.contacts?.map((contact) => contact.email)).toEqual([OTHER])

    const batch = await payload.db.findOne<{ id: number; recipients: { id: string; email: string; token?: string }[] }>(
      {
        collection: 'newsletter-batches',
        where: { id: { equals: ids.batch } },
      },
    )
    expect(batch?.recipients).toEqual([
      { id: '1', email: ERASED_RECIPIENT },
      { id: '2', email: OTHER, token: 'token-piet' },
    ])
  })

  it('finds nothing more to do the second time', async () => {
    const summary = await erasePersonalData(payload, JAN)
    expect(summary.total).toEqual({ deleted: 0, anonymised: 0, kept: 1 })
  })

  it('leaves a batch that may still be retried alone, and says so', async () => {
    const edition = await payload.find({ collection: 'newsletters', limit: 1 })
    await payload.db.create({
      collection: 'newsletter-batches',
      data: {
        newsletter: edition.docs[0]!.id,
        number: 2,
        idempotencyKey: 'privacy-test-2',
        size: 1,
        status: 'pending',
        firstAttemptAt: new Date().toISOString(),
        recipients: [{ id: '9', email: 'kees@voorbeeld.nl', token: 'token-kees' }],
      },
    })
    const summary = await erasePersonalData(payload, 'kees@voorbeeld.nl')
    expect(summary.counts['newsletter-recipients']).toMatchObject({ deleted: 0, anonymised: 0, kept: 1 })
    const exported = await exportPersonalData(payload, 'kees@voorbeeld.nl')
    expect(exported.data['newsletter-recipients']!.records).toHaveLength(1)
  })
})
