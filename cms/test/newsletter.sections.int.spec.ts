import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Event, Newsletter } from '@mao/shared/payload-types'
import { collectItems } from '../src/newsletter/compose/collectItems'
import { composeScheduledEdition } from '../src/newsletter/compose/composeScheduledEdition'
import { recordSentEdition } from '../src/newsletter/compose/recordSentEdition'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { publish } from './support/content'
import { login, postJson } from './support/http'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let editor: Record<string, string>
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const SIX_WEEKS = 42 * DAY

/** A published event (or a draft) starting at `startsAt`, two hours long. */
async function event(
  title: string,
  startsAt: Date,
  { draft = false, location = 'Utrecht, Stadhuis' }: { draft?: boolean; location?: string } = {},
): Promise<Event> {
  return payload.create({
    collection: 'events',
    data: {
      title,
      summary: `Over ${title}.`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 120 * MINUTE).toISOString(),
      kind: 'worksession',
      location,
      _status: draft ? 'draft' : 'published',
    } as never,
    overrideAccess: true,
  })
}

async function titlesOf(items: { relationTo: string; value: unknown }[]) {
  const titles: string[] = []
  for (const item of items) {
    const id = typeof item.value === 'object' ? (item.value as { id: number }).id : (item.value as number)
    const doc = await payload.findByID({ collection: item.relationTo as 'news', id, depth: 0, draft: true })
    titles.push(doc.title)
  }
  return titles
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor')
  editor = { authorization: `JWT ${await login(api, 'editor@example.org')}` }
})

afterAll(async () => {
  await api.close()
})

describe('the agenda of a news update', () => {
  // Far from now, so the events of the other tests never fall inside.
  const composedAt = new Date('2031-03-03T06:00:00.000Z')

  it('lists the published events starting within six weeks after composition, soonest first', async () => {
    await event('Al begonnen', new Date(composedAt.getTime() - MINUTE))
    await event('Precies bij het samenstellen', composedAt)
    await event('Laatste dag', new Date(composedAt.getTime() + SIX_WEEKS))
    await event('Net te laat', new Date(composedAt.getTime() + SIX_WEEKS + MINUTE))
    await event('Morgen', new Date(composedAt.getTime() + DAY))
    await event('Nog een concept', new Date(composedAt.getTime() + 2 * DAY), { draft: true })
    const items = await collectItems(payload, { since: new Date(composedAt.getTime() - 14 * DAY), until: composedAt })
    expect(items.every((item) => item.relationTo === 'events')).toBe(true)
    expect(await titlesOf(items)).toEqual(['Morgen', 'Laatste dag'])
  })

  it('comes after what was published, in a new edition made by hand', async () => {
    await publish(payload, 'news', 'Vers bericht', { minutesAgo: 10 })
    await event('Over een week', new Date(Date.now() + 7 * DAY))
    await event('Over twee maanden', new Date(Date.now() + 60 * DAY))
    const response = await postJson(api, '/api/newsletters', { intro: 'Met de hand' }, editor)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Newsletter }
    expect(await titlesOf((doc.items ?? []).map((row) => row.item))).toEqual(['Vers bericht', 'Over een week'])
    await payload.delete({ collection: 'newsletters', id: doc.id })
  })

  it('does not make a scheduled edition on its own, without anything new', async () => {
    const now = new Date(Date.now() + 365 * DAY)
    await event('Volgend jaar', new Date(now.getTime() + 7 * DAY))
    expect(await composeScheduledEdition(payload, now)).toEqual({ created: false, reason: 'no-items' })
  })
})

describe('the preview of an edition with sections', () => {
  it('shows the sections, and an activity with its date, place and page', async () => {
    const news = await publish(payload, 'news', 'Bericht voor de preview', { minutesAgo: 5 })
    const practice = await publish(payload, 'practices', 'Voorbeeld voor de preview', { minutesAgo: 5 })
    const agenda = await event('Werksessie in Zwolle', new Date('2031-05-20T11:30:00.000Z'), {
      location: 'Zwolle, Stadskantoor',
    })
    const hidden = await event('Nog niet gepubliceerd', new Date('2031-05-21T11:30:00.000Z'), { draft: true })
    const created = await postJson(
      api,
      '/api/newsletters',
      {
        title: 'Preview met onderdelen',
        items: [
          { item: { relationTo: 'events', value: agenda.id } },
          { item: { relationTo: 'events', value: hidden.id } },
          { item: { relationTo: 'practices', value: practice.id } },
          { item: { relationTo: 'news', value: news.id } },
        ],
      },
      editor,
    )
    const { doc } = (await created.json()) as { doc: Newsletter }
    const html = await (await fetch(`${api.url}/api/newsletters/${doc.id}/preview`, { headers: editor })).text()
    const sections = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => match[1])
    expect(sections).toEqual(['Nieuws', 'Goede voorbeelden', 'Agenda'])
    expect(html).toContain(`href="http://localhost:4321/agenda/${agenda.slug}"`)
    expect(html).toContain('20 mei 2031 om 13:30 – 15:30')
    expect(html).toContain('Zwolle, Stadskantoor')
    expect(html).toContain('Werksessie')
    expect(html).not.toContain('Nog niet gepubliceerd')
    const text = await (
      await fetch(`${api.url}/api/newsletters/${doc.id}/preview?format=text`, { headers: editor })
    ).text()
    expect(text).toMatch(
      /\nAgenda\n\nWerksessie\n\nWerksessie in Zwolle <[^>]+>\n\nWanneer: 20 mei 2031 om 13:30 – 15:30\nWaar: Zwolle, Stadskantoor\n/,
    )
    await payload.delete({ collection: 'newsletters', id: doc.id })
  })
})

describe('an edition recorded as sent (the seed archive)', () => {
  it('is stored as sent with the frozen rendering, without batches, and the next edition starts after it', async () => {
    const periodEnd = new Date('2031-01-06T06:00:00.000Z')
    await publish(payload, 'news', 'Nieuws uit januari', {
      minutesAgo: (Date.now() - periodEnd.getTime()) / MINUTE + 60,
    })
    await event('Agenda van januari', new Date('2031-01-20T13:00:00.000Z'))
    const doc = await recordSentEdition(payload, {
      edition: 41,
      title: 'Nieuwsupdate 41',
      intro: 'Een eerdere nieuwsupdate.',
      periodStart: new Date(periodEnd.getTime() - 14 * DAY),
      periodEnd,
      sentAt: new Date('2031-01-07T09:00:00.000Z'),
    })
    const stored = await payload.findByID({ collection: 'newsletters', id: doc.id, depth: 0, showHiddenFields: true })
    expect(stored).toMatchObject({
      edition: 41,
      status: 'sent',
      sentAt: '2031-01-07T09:00:00.000Z',
      periodEnd: periodEnd.toISOString(),
      createdAt: periodEnd.toISOString(),
    })
    expect(await titlesOf((stored.items ?? []).map((row) => row.item))).toEqual([
      'Nieuws uit januari',
      'Agenda van januari',
    ])
    expect(stored.snapshot?.html).toContain('7 januari 2031')
    expect(stored.snapshot?.text).toMatch(
      /Nieuws\n\nNieuws uit januari[\s\S]*Agenda\n\nWerksessie\n\nAgenda van januari/,
    )
    expect((await payload.count({ collection: 'newsletter-batches' })).totalDocs).toBe(0)
    // The next edition made by hand starts where this one ended.
    const next = await payload.create({
      collection: 'newsletters',
      data: { intro: 'Daarna', status: 'draft' },
      depth: 0,
    })
    expect(next.periodStart).toBe(periodEnd.toISOString())
    await payload.delete({ collection: 'newsletters', id: next.id })
  })

  it('cannot be made through REST, context or not', async () => {
    const response = await postJson(
      api,
      '/api/newsletters',
      { title: 'Nep', status: 'sent', sentAt: new Date().toISOString(), context: { newsletterSystem: true } },
      editor,
    )
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'newsletters', where: { title: { equals: 'Nep' } } })).totalDocs).toBe(0)
  })
})
