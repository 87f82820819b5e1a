import type { Payload } from 'payload'
import { richText } from '@mao/shared/lexical'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { purgeExpired, retentionTerms } from '../src/privacy'
import { communityTarget, eventTarget } from '../src/registrations/targets/loadTarget'
import { register } from '../src/registrations/engine/register'
import { getTestPayload } from '../src/testing'
import { community, formEvent } from './support/registrations'

const DAY = 24 * 3600_000
const NOW = new Date('2026-12-05T03:45:00.000Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString()

let payload: Payload

const counts = (some: Partial<Awaited<ReturnType<typeof purgeExpired>>>) => ({
  contactMessages: 0,
  declinedApplications: 0,
  unpublishedContributions: 0,
  endedRegistrations: 0,
  ...some,
})

const titles = async (collection: 'contact-messages' | 'shareholder-applications', field: 'message' | 'organisation') =>
  (await payload.find({ collection, depth: 0, limit: 0, pagination: false, sort: 'id' })).docs
    .map((doc) => (doc as unknown as Record<string, string>)[field])
    .sort()

async function message(label: string, receivedAt: string | null, createdAt?: string) {
  const doc = await payload.create({
    collection: 'contact-messages',
    data: { topic: 'vraag', status: 'new', name: 'Afzender', email: 'a@voorbeeld.nl', message: label, receivedAt },
  })
  // createdAt is set by Payload; only the adapter can backdate it.
  if (createdAt)
    await payload.db.updateOne({ collection: 'contact-messages', id: doc.id, data: { createdAt }, returning: false })
}

async function application(label: string, status: string, statusChangedAt: string | null) {
  const doc = await payload.create({
    collection: 'shareholder-applications',
    data: { organisation: label, name: 'Contact', email: 'a@voorbeeld.nl', sector: 'gemeente', status: 'pending' },
  })
  await payload.db.updateOne({
    collection: 'shareholder-applications',
    id: doc.id,
    data: { status, statusChangedAt, updatedAt: statusChangedAt ?? daysAgo(400) },
    returning: false,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
})

beforeEach(async () => {
  await payload.delete({ collection: 'contact-messages', where: { id: { exists: true } } })
  await payload.delete({ collection: 'shareholder-applications', where: { id: { exists: true } } })
})

describe('retention terms', () => {
  it('default to 365 and 90 days', async () => {
    expect(await retentionTerms(payload)).toEqual({ contactMessagesDays: 365, declinedApplicationsDays: 90 })
  })

  it('refuse less than one day', async () => {
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { retention: { contactMessagesDays: 0, declinedApplicationsDays: 90 } },
      }),
    ).rejects.toThrow()
  })
})

describe('purgeExpired', () => {
  it('deletes only messages and declined applications older than their terms', async () => {
    await message('oud', daysAgo(366))
    await message('net binnen de termijn', daysAgo(364))
    await message('oud zonder ontvangstdatum', null, daysAgo(400))
    await message('nieuw zonder ontvangstdatum', null)
    await application('lang geleden afgewezen', 'declined', daysAgo(91))
    await application('net afgewezen', 'declined', daysAgo(89))
    await application('afgewezen zonder datum', 'declined', null)
    await application('al lang goedgekeurd', 'approved', daysAgo(900))
    await application('wacht al lang', 'pending', daysAgo(900))

    expect(await purgeExpired(payload, NOW)).toEqual(counts({ contactMessages: 2, declinedApplications: 2 }))
    expect(await titles('contact-messages', 'message')).toEqual([
      'net binnen de termijn',
      'nieuw zonder ontvangstdatum',
    ])
    expect(await titles('shareholder-applications', 'organisation')).toEqual([
      'al lang goedgekeurd',
      'net afgewezen',
      'wacht al lang',
    ])
    expect(await purgeExpired(payload, NOW)).toEqual(counts({}))
  })

  it('follows the terms set in the site settings', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { retention: { contactMessagesDays: 30, declinedApplicationsDays: 7 } },
    })
    try {
      await message('31 dagen', daysAgo(31))
      await message('29 dagen', daysAgo(29))
      await application('8 dagen', 'declined', daysAgo(8))
      await application('6 dagen', 'declined', daysAgo(6))
      expect(await purgeExpired(payload, NOW)).toEqual(counts({ contactMessages: 1, declinedApplications: 1 }))
      expect(await titles('contact-messages', 'message')).toEqual(['29 dagen'])
      expect(await titles('shareholder-applications', 'organisation')).toEqual(['6 dagen'])
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { retention: { contactMessagesDays: 365, declinedApplicationsDays: 90 } },
      })
    }
  })

  it('deletes contributions never published and registrations of what ended a month ago', async () => {
    const submission = (daysOld: number) => ({
      name: 'Inzender',
      email: 'inzender@voorbeeld.nl',
      submittedAt: daysAgo(daysOld),
    })
    const practice = (title: string, daysOld: number, _status: 'draft' | 'published') =>
      payload.create({
        collection: 'practices',
        data: { title, summary: 'S', body: richText([{ p: 'Tekst.' }]), _status, submission: submission(daysOld) },
        ...(_status === 'draft' ? { draft: true } : {}),
        overrideAccess: true,
      })
    await practice('Oude inzending', 91, 'draft')
    await practice('Recente inzending', 10, 'draft')
    await practice('Geplaatste inzending', 400, 'published')
    const ended = communityTarget(await community(payload, { daysAhead: -100 }))
    const running = communityTarget(await community(payload, { daysAhead: -10 }))
    const pastEvent = eventTarget(await formEvent(payload, { daysAhead: -45 }))!
    for (const target of [ended, running, pastEvent])
      await register(payload, target, { name: 'Deelnemer', email: `deelnemer@${target.collection}.nl` })

    expect(await purgeExpired(payload, NOW)).toEqual(counts({ unpublishedContributions: 1, endedRegistrations: 2 }))
    const { docs: practices } = await payload.find({
      collection: 'practices',
      where: { title: { contains: 'inzending' } },
      draft: true,
      sort: 'title',
    })
    expect(practices.map((doc) => doc.title)).toEqual(['Geplaatste inzending', 'Recente inzending'])
    const { docs: left } = await payload.find({ collection: 'registrations', depth: 0 })
    expect(left.map((doc) => doc.targetKey)).toEqual([running.key])
  })

  it('runs as the daily job', async () => {
    await message('oud', daysAgo(400))
    const job = await payload.jobs.queue({ task: 'privacyRetention', input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(await titles('contact-messages', 'message')).toEqual([])
  })
})
