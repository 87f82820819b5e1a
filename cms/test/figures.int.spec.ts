import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { systemContext } from '../src/newsletter/systemContext'
import { getTestPayload, startRestServer } from '../src/testing'

type Figure = { key: string; label: string; value: number; target: number | null }

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>

const body = richText([{ p: 'Tekst' }])
const status = (published: boolean) => (published ? 'published' : 'draft')

async function region(title: string, published: boolean) {
  await payload.create({
    collection: 'regions',
    data: {
      title,
      summary: 's',
      province: 'utrecht',
      coordinates: { lat: 52.09, lng: 5.12 },
      description: body,
      _status: status(published),
    },
  })
}

async function practice(title: string, published: boolean) {
  return payload.create({ collection: 'practices', data: { title, summary: 's', body, _status: status(published) } })
}

async function expert(title: string, { ambassador, published }: { ambassador: boolean; published: boolean }) {
  await payload.create({
    collection: 'experts',
    data: {
      title,
      summary: 's',
      ambassador,
      contact: { contactConsent: true, email: `${title.toLowerCase()}@example.org` },
      _status: status(published),
    },
  })
}

async function edition(title: string, sent: boolean) {
  await payload.create({
    collection: 'newsletters',
    data: sent ? { title, status: 'sent', sentAt: new Date().toISOString() } : { title, status: 'draft' },
    context: systemContext,
  })
}

async function shareholder(organisation: string, status: 'unconfirmed' | 'pending' | 'approved' | 'declined') {
  return payload.create({
    collection: 'shareholder-applications',
    data: {
      organisation,
      name: `Contact ${organisation}`,
      email: `${organisation.toLowerCase().replace(/\W+/g, '-')}@example.org`,
      sector: 'gemeente',
      status,
      ...(status === 'declined' ? { reviewNote: 'Past niet bij het programma.' } : {}),
    },
  })
}

let sequence = 0

/** A row as the registration engine writes it (the engine itself is tested with the registrations). */
async function registration(
  target: { relationTo: 'communities' | 'events'; value: number },
  status: 'registered' | 'waitlist' | 'cancelled',
  email: string,
) {
  sequence += 1
  const key = `${target.relationTo}:${target.value}`
  await payload.create({
    collection: 'registrations',
    data: {
      target,
      sequence,
      status,
      name: `Persoon ${sequence}`,
      email,
      targetKey: key,
      slot: `${key}#${sequence}`,
      activeKey: `${key}#${sequence}`,
      ...(status === 'cancelled' ? { cancelledAt: new Date().toISOString() } : {}),
    },
  })
}

async function getFigures() {
  const response = await fetch(`${api.url}/api/figures`)
  expect(response.status).toBe(200)
  return { response, body: (await response.json()) as { figures: Figure[] } }
}

const byKey = (figures: Figure[]) => Object.fromEntries(figures.map((figure) => [figure.key, figure]))

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await region('Regio Een', true)
  await region('Regio Twee', true)
  await region('Regio Concept', false)
  await practice('Voorbeeld Een', true)
  await practice('Voorbeeld Twee', true)
  await practice('Voorbeeld Concept', false)
  // A draft saved over a published practice leaves the live version published: still counted.
  const overwritten = await practice('Voorbeeld Drie', true)
  await payload.update({
    collection: 'practices',
    id: overwritten.id,
    data: { title: 'Voorbeeld Drie (nieuwe versie)', _status: 'draft' },
    draft: true,
  })
  await expert('Fenna', { ambassador: true, published: true })
  await expert('Joost', { ambassador: true, published: true })
  await expert('Karin', { ambassador: false, published: true })
  await expert('Lotte', { ambassador: true, published: false })
  await edition('Verstuurd', true)
  await edition('Concept', false)
  await shareholder('Gemeente Aa', 'approved')
  await shareholder('Gemeente Bb', 'approved')
  await shareholder('Gemeente Cc', 'approved')
  await shareholder('Gemeente Dd', 'pending')
  await shareholder('Gemeente Ee', 'unconfirmed')
  await shareholder('Gemeente Ff', 'declined')
  const communities = await Promise.all(
    ['Samen leren', 'Samen doen'].map((title) =>
      payload.create({ collection: 'communities', data: { title }, draft: true }),
    ),
  )
  const event = await payload.create({ collection: 'events', data: { title: 'Bijeenkomst' }, draft: true })
  const [first, second] = communities.map((community) => ({ relationTo: 'communities' as const, value: community.id }))
  await registration(first!, 'registered', 'deelnemer1@example.org')
  await registration(first!, 'registered', 'deelnemer2@example.org')
  await registration(second!, 'registered', 'deelnemer1@example.org')
  await registration(first!, 'waitlist', 'deelnemer3@example.org')
  await registration(second!, 'cancelled', 'deelnemer4@example.org')
  await registration({ relationTo: 'events', value: event.id }, 'registered', 'deelnemer5@example.org')
})

afterAll(() => api?.close())

describe('GET /api/figures', () => {
  it('answers anonymous readers with the six figures in a fixed order, briefly cacheable', async () => {
    const { response, body } = await getFigures()
    expect(body.figures.map((figure) => figure.key)).toEqual([
      'shareholders',
      'regions',
      'practices',
      'ambassadors',
      'communityParticipants',
      'editionsSent',
    ])
    expect(byKey(body.figures).regions?.label).toBe("Inspiratieregio's")
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d{1,3}$/)
  })

  it('counts only published regions and practices, published ambassadors and sent editions', async () => {
    const figures = byKey((await getFigures()).body.figures)
    expect(figures.regions?.value).toBe(2)
    expect(figures.practices?.value).toBe(3)
    expect(figures.ambassadors?.value).toBe(2)
    expect(figures.editionsSent?.value).toBe(1)
  })

  it('counts approved aandeelhouders and registered places in communities (not waiting, cancelled or events)', async () => {
    const figures = byKey((await getFigures()).body.figures)
    expect(figures.shareholders?.value).toBe(3)
    expect(figures.communityParticipants?.value).toBe(3)
  })

  it("takes the programme's targets by default and none where the plan sets none", async () => {
    const figures = byKey((await getFigures()).body.figures)
    expect(figures.shareholders?.target).toBe(200)
    expect(figures.regions?.target).toBe(11)
    expect(figures.practices?.target).toBe(10)
    expect(figures.ambassadors?.target).toBe(10)
    expect(figures.communityParticipants?.target).toBeNull()
    expect(figures.editionsSent?.target).toBeNull()
  })

  it('answers counts only: no documents, names or addresses', async () => {
    const { body } = await getFigures()
    expect(Object.keys(body)).toEqual(['figures'])
    for (const figure of body.figures) expect(Object.keys(figure).sort()).toEqual(['key', 'label', 'target', 'value'])
    const text = JSON.stringify(body)
    expect(text).not.toContain('@example.org')
    expect(text).not.toContain('Fenna')
    expect(text).not.toContain('Gemeente')
    expect(text).not.toContain('Persoon')
  })
})

describe('targets in the site settings', () => {
  it('are what the page sets the figures against; a cleared target is null', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { targets: { shareholders: 250, regions: null, communityParticipants: 75 } },
    })
    const figures = byKey((await getFigures()).body.figures)
    expect(figures.shareholders?.target).toBe(250)
    expect(figures.regions?.target).toBeNull()
    expect(figures.communityParticipants?.target).toBe(75)
  })

  it('must be whole numbers above zero', async () => {
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { targets: { practices: 2.5 } } }),
    ).rejects.toThrow(/Streefcijfers|Goede voorbeelden/)
    await expect(payload.updateGlobal({ slug: 'site-settings', data: { targets: { practices: 0 } } })).rejects.toThrow()
  })
})
