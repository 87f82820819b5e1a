import { describe, expect, it } from 'vitest'
import { regionSchema } from './regions'

const region = {
  id: 3,
  title: 'Regio',
  summary: 'Samenvatting',
  slug: 'regio',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
  province: 'utrecht',
  coordinates: { lat: 52.1, lng: 5.1 },
}

describe('regionSchema', () => {
  it('reads the development plan, the learning goals as a list and the connector roles', () => {
    const parsed = regionSchema.parse({
      ...region,
      developmentPlan: { root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [] }] } },
      learningGoals: [{ goal: ' Samen vroeg signaleren ', id: 'a' }, { goal: '  ' }, { goal: 'Eén loket' }],
      contacts: [
        { name: 'Sam', connectorRole: 'region', publishConsent: true },
        { connectorRole: 'coalition' },
        { name: 'Lou', connectorRole: null },
      ],
    })
    expect(parsed.developmentPlan?.root.children).toEqual([{ type: 'paragraph', children: [] }])
    expect(parsed.learningGoals).toEqual(['Samen vroeg signaleren', 'Eén loket'])
    expect(parsed.contacts.map((contact) => contact.connectorRole ?? null)).toEqual(['region', 'coalition', null])
  })

  it('takes missing new fields as empty', () => {
    expect(regionSchema.parse(region)).toMatchObject({ developmentPlan: null, learningGoals: [], contacts: [] })
  })

  it('refuses a connector role the CMS does not know', () => {
    expect(regionSchema.safeParse({ ...region, contacts: [{ name: 'X', connectorRole: 'chair' }] }).success).toBe(false)
  })
})
