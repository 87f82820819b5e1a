import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '@mao/cms/testing'
import { participationPaths } from '@mao/shared/sitePaths'
import { events } from '../src/seed/content/events'
import { partners } from '../src/seed/content/partners'
import { shareholders } from '../src/seed/content/shareholders'
import { team } from '../src/seed/content/team'
import { seed } from '../src/seed/seed'
import { seedScale } from '../src/seed/scale'

let payload: Payload
const collections: CollectionSlug[] = [
  'regions',
  'communities',
  'advices',
  'news',
  'practices',
  'experts',
  'pages',
  'events',
  'themes',
  'partners',
  'team-members',
  'publications',
  'media',
  'users',
  'shareholder-applications',
]

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    collections.map(
      async (collection) =>
        [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const,
    ),
  )
  return Object.fromEntries(entries)
}

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload)
})

describe('seed', () => {
  it('creates the programme content', async () => {
    const after = await counts()
    expect(after.regions).toBe(11)
    expect(after.communities).toBe(5)
    expect(after.advices).toBe(7)
    expect(after.news).toBeGreaterThanOrEqual(8)
    expect(after.practices).toBeGreaterThanOrEqual(4)
    expect(after.experts).toBeGreaterThanOrEqual(6)
    expect(after.users).toBe(1)
  })

  it('publishes everything it creates, so anonymous visitors see it', async () => {
    const published = await payload.count({ collection: 'regions', overrideAccess: false })
    expect(published.totalDocs).toBe(11)
  })

  it("stores each region's development plan, learning goals and verbinders", async () => {
    const { docs } = await payload.find({ collection: 'regions', limit: 0, pagination: false, depth: 0 })
    for (const doc of docs) {
      expect(doc.developmentPlan?.root.children.length, doc.title).toBeGreaterThan(0)
      expect(doc.learningGoals?.length, doc.title).toBeGreaterThanOrEqual(2)
      expect(
        doc.contacts?.map((contact) => contact.connectorRole),
        doc.title,
      ).toEqual(expect.arrayContaining(['region', 'coalition']))
    }
  })

  it('creates the required pages, with nested paths', async () => {
    const { docs } = await payload.find({ collection: 'pages', limit: 0, pagination: false })
    const slugs = docs.map((doc) => doc.slug)
    for (const slug of [
      'over-ons',
      'aandeelhouder-worden',
      'contact',
      'privacyverklaring',
      'toegankelijkheidsverklaring',
    ]) {
      expect(slugs).toContain(slug)
    }
    const child = docs.find((doc) => doc.parent)
    expect(child?.breadcrumbs?.at(-1)?.url).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+$/)
  })

  it('puts a participation form on each form page, the two contribution pages included', async () => {
    const { docs } = await payload.find({ collection: 'pages', limit: 0, pagination: false, depth: 0 })
    const formOf = (path: string) =>
      docs.find((doc) => `/${doc.slug}` === path)?.layout?.find((block) => block.blockType === 'participationForm')
    expect(formOf(participationPaths.shareholderForm)).toMatchObject({ form: 'aandeelhouder' })
    expect(formOf(participationPaths.contactForm)).toMatchObject({ form: 'contact' })
    expect(formOf(participationPaths.practiceForm)).toMatchObject({ form: 'goed-voorbeeld' })
    expect(formOf(participationPaths.expertForm)).toMatchObject({ form: 'expertise' })
  })

  it('stores how visitors sign up for each event, with places for the own form', async () => {
    const { docs } = await payload.find({ collection: 'events', limit: 0, pagination: false, depth: 0 })
    for (const item of events) {
      const doc = docs.find((event) => event.slug === item.slug)
      expect(doc, item.slug).toMatchObject({ registration: item.registration })
      if (item.registration === 'form') expect(doc?.capacity, item.slug).toBe(item.capacity)
    }
  })

  it('creates the example aandeelhouders as approved, none readable anonymously', async () => {
    const { docs } = await payload.find({
      collection: 'shareholder-applications',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(shareholders.length)
    expect(docs.every((doc) => doc.status === 'approved' && doc.email.endsWith('example.org'))).toBe(true)
    expect(docs.filter((doc) => doc.showPublicly)).toHaveLength(shareholders.filter((item) => item.showPublicly).length)
    await expect(payload.find({ collection: 'shareholder-applications', overrideAccess: false })).rejects.toThrow()
  })

  it('gives every partner its role, description and a generated logo with the name as alt text', async () => {
    const { docs } = await payload.find({ collection: 'partners', limit: 0, pagination: false, depth: 1 })
    expect(docs).toHaveLength(partners.length)
    for (const item of partners) {
      const doc = docs.find((partner) => partner.slug === item.slug)
      expect(doc, item.slug).toMatchObject({ role: item.role, description: item.description })
      expect(doc?.logo, item.slug).toMatchObject({ alt: item.title, mimeType: expect.stringMatching(/^image\//) })
    }
  })

  it('names the real programme leadership only without consent; shown members are examples', async () => {
    const { docs } = await payload.find({
      collection: 'team-members',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(team.length)
    expect(docs.some((doc) => doc.group === 'leadership')).toBe(true)
    for (const doc of docs.filter((member) => member.publishConsent)) {
      expect(doc.name).toMatch(/\(voorbeeld\)$/)
      if (doc.email) expect(doc.email).toMatch(/@example\.org$/)
    }
    for (const doc of docs.filter((member) => !member.name.endsWith('(voorbeeld)'))) {
      expect(doc.publishConsent, doc.name).toBe(false)
      expect(doc.email, doc.name).toBeFalsy()
    }
    const anonymous = await payload.find({
      collection: 'team-members',
      limit: 0,
      pagination: false,
      overrideAccess: false,
    })
    const shown = anonymous.docs.flatMap((doc) => (doc.name ? [doc.name] : []))
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((name) => name.endsWith('(voorbeeld)'))).toBe(true)
  })

  it('puts the team block on "over ons" and the contact page, before the contact form', async () => {
    const { docs } = await payload.find({ collection: 'pages', limit: 0, pagination: false, depth: 0 })
    for (const slug of ['over-ons', 'contact']) {
      const layout = docs.find((doc) => doc.slug === slug)?.layout ?? []
      const teamAt = layout.findIndex((block) => block.blockType === 'team')
      expect(layout[teamAt], slug).toMatchObject({ groups: ['leadership', 'office'], showOfficeContact: true })
      const formAt = layout.findIndex((block) => block.blockType === 'participationForm')
      if (formAt >= 0) expect(teamAt, slug).toBeLessThan(formAt)
    }
  })

  it('marks every expert profile as an example', async () => {
    const { docs } = await payload.find({ collection: 'experts', limit: 0, pagination: false })
    expect(docs.every((doc) => doc.title.includes('(voorbeeld)'))).toBe(true)
  })

  it('changes nothing when it runs again', async () => {
    const before = await counts()
    const report = await seed(payload)
    expect(await counts()).toEqual(before)
    expect(Object.values(report).every((created) => created === 0)).toBe(true)
  })

  it('generates deterministic extra documents with --scale and skips them on a second run', async () => {
    const before = await counts()
    expect(await seedScale(payload, 20)).toBe(20)
    const after = await counts()
    expect((after.news ?? 0) - (before.news ?? 0)).toBe(10)
    expect((after.practices ?? 0) - (before.practices ?? 0)).toBe(6)
    expect((after.experts ?? 0) - (before.experts ?? 0)).toBe(4)
    expect(await seedScale(payload, 20)).toBe(0)
  })
})
