import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@mao/shared/lexical'
import { createUser, getTestPayload, startRestServer } from '../src/testing'

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>

const contact = (consent: boolean) => ({ contactConsent: consent, email: 'expert@example.org', phone: '030 123 45 67' })

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  for (const [title, consent] of [
    ['Met toestemming', true],
    ['Zonder toestemming', false],
  ] as const) {
    await payload.create({
      collection: 'experts',
      data: { title, summary: 's', contact: contact(consent), _status: 'published' },
    })
  }
  await payload.create({
    collection: 'regions',
    data: {
      title: 'Testregio',
      summary: 's',
      province: 'utrecht',
      coordinates: { lat: 52.09, lng: 5.12 },
      contacts: [
        { name: 'Openbaar Persoon', email: 'open@example.org', publishConsent: true },
        { name: 'Verborgen Persoon', email: 'dicht@example.org', publishConsent: false },
      ],
      description: richText([{ p: 'Regio' }]),
      _status: 'published',
    },
  })
})

afterAll(() => api.close())

const experts = async (headers: Record<string, string> = {}) => {
  const response = await fetch(`${api.url}/api/experts?sort=title`, { headers })
  return ((await response.json()) as { docs: { title: string; contact?: Record<string, unknown> }[] }).docs
}

describe('contact details', () => {
  it('of experts are public only with consent', async () => {
    const [withConsent, withoutConsent] = await experts()
    expect(withConsent?.contact?.email).toBe('expert@example.org')
    expect(withoutConsent?.title).toBe('Zonder toestemming')
    expect(withoutConsent?.contact?.email).toBeUndefined()
    expect(withoutConsent?.contact?.phone).toBeUndefined()
    expect(JSON.stringify(withoutConsent)).not.toContain('expert@example.org')
  })

  it('of experts stay visible to editors', async () => {
    await createUser(payload, 'editor', 'redactie@example.org')
    const login = await payload.login({
      collection: 'users',
      data: { email: 'redactie@example.org', password: 'correct-horse-battery-staple' },
    })
    const [, withoutConsent] = await experts({ authorization: `JWT ${login.token}` })
    expect(withoutConsent?.contact?.email).toBe('expert@example.org')
  })

  it('of region contacts are hidden per person without consent', async () => {
    const response = await fetch(`${api.url}/api/regions`)
    const text = await response.text()
    expect(text).toContain('Openbaar Persoon')
    expect(text).not.toContain('Verborgen Persoon')
    expect(text).not.toContain('dicht@example.org')
  })
})
