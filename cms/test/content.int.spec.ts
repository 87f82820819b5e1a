import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { getTestPayload } from '../src/testing'
import { errorText } from './support/errorText'

let payload: Payload
const body = richText([{ p: 'Tekst' }])

beforeAll(async () => {
  payload = await getTestPayload()
})

const newsCount = async () => (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs

async function expectRejected(run: () => Promise<unknown>, message: RegExp): Promise<void> {
  const before = await newsCount()
  expect(await errorText(run())).toMatch(message)
  expect(await newsCount()).toBe(before)
}

describe('slugs', () => {
  it('are generated Dutch-safe from the title', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: "Inspiratieregio's geëvalueerd: crèche & school", summary: 's', body, _status: 'published' },
    })
    expect(doc.slug).toBe('inspiratieregios-geevalueerd-creche-en-school')
  })

  it('get a numbered suffix when the title repeats', async () => {
    const first = await payload.create({ collection: 'news', data: { title: 'Zelfde titel', summary: 's', body } })
    const second = await payload.create({ collection: 'news', data: { title: 'Zelfde titel', summary: 's', body } })
    expect([first.slug, second.slug]).toEqual(['zelfde-titel', 'zelfde-titel-2'])
  })

  it('stay stable when the title changes', async () => {
    const doc = await payload.create({ collection: 'news', data: { title: 'Eerste versie', summary: 's', body } })
    const updated = await payload.update({ collection: 'news', id: doc.id, data: { title: 'Tweede versie' } })
    expect(updated.slug).toBe('eerste-versie')
  })

  it('can be edited by hand', async () => {
    const doc = await payload.create({ collection: 'news', data: { title: 'Met eigen slug', summary: 's', body } })
    const updated = await payload.update({ collection: 'news', id: doc.id, data: { slug: 'kort' } })
    expect(updated.slug).toBe('kort')
  })

  it('refuse a duplicate slug chosen by hand', async () => {
    await payload.create({ collection: 'news', data: { title: 'Uniek', slug: 'uniek', summary: 's', body } })
    await expectRejected(
      () => payload.create({ collection: 'news', data: { title: 'Ander', slug: 'uniek', summary: 's', body } }),
      /slug/i,
    )
  })

  it.each(['Met Hoofdletters', 'met spatie', 'dubbel--streepje', 'café'])(
    'refuse the malformed slug %j',
    async (slug) => {
      await expectRejected(
        () => payload.create({ collection: 'news', data: { title: 'Slecht', slug, summary: 's', body } }),
        /slug/i,
      )
    },
  )
})

describe('validation', () => {
  it('refuses a missing title with a clear message and writes nothing', async () => {
    await expectRejected(() => payload.create({ collection: 'news', data: { summary: 's', body } as never }), /Titel/)
  })

  it('refuses a summary that is too long instead of cutting it', async () => {
    await expectRejected(
      () => payload.create({ collection: 'news', data: { title: 'Lang', summary: 'x'.repeat(301), body } }),
      /Samenvatting/,
    )
  })

  it('refuses a javascript: link in rich text', async () => {
    await expectRejected(
      () =>
        payload.create({
          collection: 'news',
          data: {
            title: 'Gevaarlijke link',
            summary: 's',
            body: richText([{ p: 'Klik [hier](javascript:alert(1))' }]),
          },
        }),
      /Tekst|webadres|url/i,
    )
  })

  it('refuses an event that ends before it starts', async () => {
    const error = errorText(
      payload.create({
        collection: 'events',
        data: {
          title: 'Omgekeerd',
          summary: 's',
          kind: 'meeting',
          location: 'Utrecht',
          startsAt: '2027-03-01T14:00:00.000Z',
          startsAt_tz: 'Europe/Amsterdam',
          endsAt: '2027-03-01T12:00:00.000Z',
          endsAt_tz: 'Europe/Amsterdam',
          _status: 'published',
        },
      }),
    )
    expect(await error).toMatch(/De eindtijd ligt vóór de begintijd/)
  })

  it('refuses a community with fewer than 15 places', async () => {
    const error = errorText(
      payload.create({
        collection: 'communities',
        data: { title: 'Klein', summary: 's', capacity: 10, status: 'open' },
      }),
    )
    expect(await error).toMatch(/capacity.*15/s)
  })

  it('gives a community 25 places by default', async () => {
    // `capacity` is left out on purpose: the default must fill it in.
    const data = { title: 'Standaard', summary: 's', status: 'open' } as {
      title: string
      summary: string
      status: 'open'
      capacity: number
    }
    const doc = await payload.create({ collection: 'communities', data })
    expect(doc.capacity).toBe(25)
  })
})
