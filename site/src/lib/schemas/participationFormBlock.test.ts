import { describe, expect, it } from 'vitest'
import { eventSchema } from './events'
import { pageSchema } from './pages'

const base = {
  id: 7,
  title: 'Contact',
  summary: 'Neem contact op',
  slug: 'contact',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
}

describe('participationForm block', () => {
  it('keeps the chosen form of the block', () => {
    const page = pageSchema.parse({ ...base, layout: [{ blockType: 'participationForm', id: 'a1', form: 'contact' }] })
    expect(page.layout).toEqual([{ blockType: 'participationForm', id: 'a1', form: 'contact' }])
  })

  it('refuses a form the site cannot render instead of dropping it silently', () => {
    for (const form of ['aanmelding', 'nieuwsbrief', undefined]) {
      expect(pageSchema.safeParse({ ...base, layout: [{ blockType: 'participationForm', form }] }).success).toBe(false)
    }
  })
})

describe('event registration', () => {
  const event = {
    ...base,
    slug: 'bijeenkomst',
    startsAt: '2026-06-01T10:00:00.000Z',
    endsAt: '2026-06-01T12:00:00.000Z',
    kind: 'meeting',
    body: { root: { type: 'root', children: [] } },
  }

  it('accepts the three ways to register, and events saved before the choice existed', () => {
    for (const registration of ['none', 'url', 'form'])
      expect(eventSchema.parse({ ...event, registration }).registration).toBe(registration)
    expect(eventSchema.parse(event).registration).toBeUndefined()
    expect(eventSchema.safeParse({ ...event, registration: 'email' }).success).toBe(false)
  })
})
