import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload, startRestServer } from '../src/testing'
import { image } from './support/content'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>

const partner = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'partners',
    data: { title, summary: 'Landelijke partij.', url: 'https://example.org', _status: 'published', ...extra } as never,
  })

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
})

afterAll(() => api.close())

describe('partners', () => {
  it('need a known role', async () => {
    await expect(partner('Zonder rol', { role: null })).rejects.toThrow(/rol/i)
    await expect(partner('Onbekende rol', { role: 'sponsor' })).rejects.toThrow(/rol/i)
  })

  it('are coalition partners unless told otherwise', async () => {
    expect((await partner('Standaardpartner')).role).toBe('coalition')
  })

  it('publish their role, description and logo to anonymous readers', async () => {
    const logo = await image(payload, 'Logo van Kennisinstituut')
    await partner('Kennisinstituut', {
      role: 'knowledge',
      description: 'Deelt onderzoek en kennis met de regio’s.',
      logo: logo.id,
    })
    const response = await fetch(`${api.url}/api/partners?where[title][equals]=Kennisinstituut&depth=1`)
    const { docs } = (await response.json()) as {
      docs: { role: string; description: string; logo: { alt: string; url: string } }[]
    }
    expect(docs[0]).toMatchObject({
      role: 'knowledge',
      description: 'Deelt onderzoek en kennis met de regio’s.',
      logo: { alt: 'Logo van Kennisinstituut' },
    })
    expect(docs[0]?.logo.url).toMatch(/\.(png|webp)$/)
  })
})
