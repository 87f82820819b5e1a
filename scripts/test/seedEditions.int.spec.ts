import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '@mao/cms/testing'
import { startResendStub, type ResendStub } from '@mao/resend-stub'
import type { Newsletter } from '@mao/shared/payload-types'
import { UPCOMING_EVENT_WEEKS } from '@mao/shared/newsletterSections'
import { editions as seedEditionContent } from '../src/seed/content/editions'
import { seed } from '../src/seed/seed'

let payload: Payload
let stub: ResendStub
let editions: Newsletter[]

const WEEKS = UPCOMING_EVENT_WEEKS * 7 * 24 * 60 * 60 * 1000
const refId = (value: unknown) => (typeof value === 'object' ? (value as { id: number }).id : (value as number))

beforeAll(async () => {
  // A working Resend (the stub) and a key: if the seed sent anything, the stub would see it.
  stub = await startResendStub()
  Object.assign(process.env, {
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: stub.url,
    SITE_URL: 'https://site.example',
  })
  payload = await getTestPayload()
  await seed(payload)
  editions = (
    await payload.find({ collection: 'newsletters', sort: 'edition', pagination: false, showHiddenFields: true })
  ).docs
})

afterAll(async () => {
  await stub.close()
})

describe('the seeded archive of the news update', () => {
  it('has two or three sent editions, numbered from 1, sent in the past one after another', () => {
    expect(editions.length).toBe(seedEditionContent.length)
    expect(editions.length).toBeGreaterThanOrEqual(2)
    expect(editions.length).toBeLessThanOrEqual(3)
    let previousEnd: string | undefined
    for (const [index, edition] of editions.entries()) {
      expect(edition).toMatchObject({ edition: index + 1, status: 'sent', title: seedEditionContent[index]!.title })
      expect(Date.parse(edition.sentAt!)).toBeLessThan(Date.now())
      expect(Date.parse(edition.sentAt!)).toBeGreaterThan(Date.parse(edition.periodEnd!))
      if (previousEnd) expect(edition.periodStart).toBe(previousEnd)
      previousEnd = edition.periodEnd!
    }
  })

  it('lists what was published in each period and the events of the weeks after, as the scheduled job would', async () => {
    for (const edition of editions) {
      const start = Date.parse(edition.periodStart!)
      const end = Date.parse(edition.periodEnd!)
      expect(edition.items?.length, `edition ${edition.edition}`).toBeGreaterThan(0)
      for (const { item } of edition.items ?? []) {
        const doc = await payload.findByID({ collection: item.relationTo, id: refId(item.value), depth: 0 })
        if (item.relationTo === 'events') {
          const startsAt = Date.parse((doc as { startsAt: string }).startsAt)
          expect(startsAt).toBeGreaterThan(end)
          expect(startsAt).toBeLessThanOrEqual(end + WEEKS)
        } else {
          const publishedAt = Date.parse(String((doc as { publishedAt?: string }).publishedAt))
          expect(publishedAt).toBeGreaterThan(start)
          expect(publishedAt).toBeLessThanOrEqual(end)
        }
      }
    }
  })

  it('keeps the email each edition went out as, rendered in sections and dated on its send day', () => {
    for (const edition of editions) {
      const { subject, html, text } = edition.snapshot ?? {}
      expect(subject).toBe(edition.title)
      expect(html).toMatch(/<html[^>]*lang="nl"/)
      expect(html).toContain(`https://site.example/nieuwsbrief/archief/${edition.edition}`)
      const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
        new Date(edition.sentAt!),
      )
      expect(html).toContain(day)
      if (edition.items?.some(({ item }) => item.relationTo === 'events')) expect(text).toContain('\nAgenda\n')
      if (edition.items?.some(({ item }) => item.relationTo === 'news')) expect(text).toContain('\nNieuws\n')
    }
  })

  it('is public, as the site archive reads it', async () => {
    const { totalDocs } = await payload.count({ collection: 'newsletters', overrideAccess: false })
    expect(totalDocs).toBe(editions.length)
  })

  it('mailed nobody: no subscribers, no batches, no recipients, not one request to Resend', async () => {
    expect(stub.requests).toEqual([])
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'newsletter-batches' })).totalDocs).toBe(0)
    expect(editions.every((edition) => edition.progress?.total === 0)).toBe(true)
  })

  it('is not recorded twice', async () => {
    const report = await seed(payload)
    expect(report.newsletters).toBe(0)
    expect((await payload.count({ collection: 'newsletters' })).totalDocs).toBe(editions.length)
  })

  it('is followed by a scheduled edition with only what came after the last one', async () => {
    await payload.jobs.queue({ task: 'newsletterCompose', input: {}, queue: 'newsletter' })
    await payload.jobs.run({ queue: 'newsletter' })
    const { docs } = await payload.find({ collection: 'newsletters', where: { status: { equals: 'draft' } } })
    expect(docs).toHaveLength(1)
    const next = docs[0]!
    const last = editions.at(-1)!
    expect(next.edition).toBe(last.edition! + 1)
    expect(next.periodStart).toBe(last.periodEnd)
    const archived = new Set(
      editions.flatMap((edition) =>
        (edition.items ?? [])
          .filter(({ item }) => item.relationTo !== 'events')
          .map(({ item }) => `${item.relationTo}:${refId(item.value)}`),
      ),
    )
    const fresh = (next.items ?? []).filter(({ item }) => item.relationTo !== 'events')
    expect(fresh.length).toBeGreaterThan(0)
    expect(fresh.filter(({ item }) => archived.has(`${item.relationTo}:${refId(item.value)}`))).toEqual([])
  })
})
