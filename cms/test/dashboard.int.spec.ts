import type { Payload } from 'payload'
import type { User } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awaitingReview, imagesWithoutAlt, lastBuild, nextNewsUpdate, staleDrafts } from '../src/dashboard'
import { createUser, getTestPayload } from '../src/testing'
import { image } from './support/content'

const DAY = 24 * 3600_000
let payload: Payload
let editor: User

const query = (href: string) => decodeURIComponent(href.slice(href.indexOf('?') + 1))

async function news(title: string, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'news',
    data: { title, summary: 'Samenvatting.', body: richText([{ p: 'Tekst' }]), _status: 'draft', ...extra } as never,
    overrideAccess: true,
    depth: 0,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createUser(payload, 'editor', 'redacteur@example.org')
})

afterAll(async () => {
  await payload.destroy()
})

describe('dashboard: last site build', () => {
  it('says there was none, then shows the newest build with a link to its log', async () => {
    expect(await lastBuild(payload)).toBeUndefined()
    await payload.create({
      collection: 'build-logs',
      data: { status: 'succeeded', trigger: 'oud', finishedAt: '2026-12-01T10:00:00.000Z' },
      overrideAccess: true,
    })
    const newest = await payload.create({
      collection: 'build-logs',
      data: { status: 'failed', trigger: 'Nieuwsbericht “X” gepubliceerd', finishedAt: '2026-12-02T10:00:00.000Z' },
      overrideAccess: true,
    })
    expect(await lastBuild(payload)).toEqual({
      status: 'failed',
      trigger: 'Nieuwsbericht “X” gepubliceerd',
      at: '2026-12-02T10:00:00.000Z',
      href: `/admin/collections/build-logs/${newest.id}`,
    })
  })
})

describe('dashboard: next news update', () => {
  it('follows the newest edition: none, open with its state, or sent with the date the next draft comes', async () => {
    expect(await nextNewsUpdate(payload, editor)).toEqual({ kind: 'none' })
    const edition = await payload.create({
      collection: 'newsletters',
      data: { title: 'December', status: 'draft' },
      overrideAccess: true,
      depth: 0,
    })
    expect(await nextNewsUpdate(payload, editor)).toEqual({
      kind: 'open',
      edition: edition.edition,
      title: 'December',
      status: 'draft',
      href: `/admin/collections/newsletters/${edition.id}`,
    })
    const createdAt = '2026-12-01T06:00:00.000Z'
    await payload.db.updateOne({
      collection: 'newsletters',
      id: edition.id,
      data: { status: 'sent', createdAt },
      returning: false,
    })
    // The compose job runs on Mondays at 7:00 in Amsterdam (NEWSLETTER_CRON's default): the first
    // run 13 days after the last edition, or the next one when that day has passed.
    expect(await nextNewsUpdate(payload, editor, new Date('2026-12-02T12:00:00.000Z'))).toEqual({
      kind: 'expected',
      from: '2026-12-14T06:00:00.000Z',
    })
    expect(await nextNewsUpdate(payload, editor, new Date('2026-12-15T12:00:00.000Z'))).toEqual({
      kind: 'expected',
      from: '2026-12-21T06:00:00.000Z',
    })
  })
})

describe('dashboard: waiting and content health', () => {
  beforeEach(async () => {
    await payload.delete({ collection: 'news', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('counts drafts submitted for review, linked to the filtered list', async () => {
    await news('Ingediend', { review: 'submitted' })
    await news('Nog bezig', { review: 'draft' })
    await news('Gewoon concept')
    const counts = await awaitingReview(payload, editor)
    expect(counts.map(({ collection, count }) => ({ collection, count }))).toEqual([
      { collection: 'news', count: 1 },
      { collection: 'practices', count: 0 },
    ])
    expect(query(counts[0]!.href)).toBe('where[review][equals]=submitted')
  })

  it('counts a draft submitted after its first save, and no longer once it is published', async () => {
    const later = await news('Later ingediend')
    await payload.update({
      collection: 'news',
      id: later.id,
      data: { review: 'submitted' },
      draft: true,
      overrideAccess: true,
    })
    const count = async () => (await awaitingReview(payload, editor))[0]!.count
    expect(await count()).toBe(1)

    await payload.update({ collection: 'news', id: later.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await count()).toBe(0)
  })

  it('counts images without alt text that are not decorative on purpose', async () => {
    await image(payload, 'Een kind in de klas')
    await payload.create({
      collection: 'media',
      data: { alt: '', decorative: true },
      file: await imageFile(),
    })
    // Validation requires alt text now; older uploads may lack it.
    const legacy = await image(payload, 'wordt leeggemaakt')
    await payload.db.updateOne({ collection: 'media', id: legacy.id, data: { alt: '' }, returning: false })

    const missing = await imagesWithoutAlt(payload, editor)
    expect(missing.count).toBe(1)
    expect(missing.href).toMatch(/^\/admin\/collections\/media\?/)
    expect(query(missing.href)).toContain('where[and][1][or][1][alt][equals]=')
  })

  it('lists collections with drafts untouched for a month, and only those', async () => {
    const now = Date.now()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now - 40 * DAY)
    await news('Vergeten concept')
    const revived = await news('Oud concept, gisteren nog bewerkt')
    await news('Oud maar online', { _status: 'published' })
    vi.setSystemTime(now - DAY)
    // A draft saved again leaves the document's own row as it was: only its newest version is recent.
    await payload.update({ collection: 'news', id: revived.id, data: { title: 'Bijgewerkt concept' }, draft: true })
    vi.setSystemTime(now)
    await news('Vers concept')
    vi.useRealTimers()

    const stale = await staleDrafts(payload, editor)
    expect(stale.map(({ collection, count }) => ({ collection, count }))).toEqual([{ collection: 'news', count: 1 }])
    expect(query(stale[0]!.href)).toMatch(/^where\[_status\]\[equals\]=draft&where\[updatedAt\]\[less_than\]=/)
  })
})

async function imageFile() {
  const { default: sharp } = await import('sharp')
  const data = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ccc' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: 'rand.png', size: data.length }
}
