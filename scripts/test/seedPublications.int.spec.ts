import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '@mao/cms/testing'
import type { Media } from '@mao/shared/payload-types'
import { publications } from '../src/seed/content/publications'
import { seed } from '../src/seed/seed'

let payload: Payload

const count = async (collection: 'publications' | 'media') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload)
})

describe('seeded publications', () => {
  it('are published with their kind, date and relations', async () => {
    const { docs } = await payload.find({ collection: 'publications', limit: 0, pagination: false, depth: 1 })
    expect(docs.map((doc) => doc.slug).sort()).toEqual(publications.map((item) => item.slug).sort())
    for (const item of publications) {
      const doc = docs.find((publication) => publication.slug === item.slug)!
      expect(doc, item.slug).toMatchObject({ title: item.title, kind: item.kind, _status: 'published' })
      expect(doc.date.slice(0, 10), item.slug).toBe(item.date)
      expect((doc.themes ?? []).length, item.slug).toBe(item.themes.length)
      expect((doc.communities ?? []).length, item.slug).toBe(item.communities.length)
    }
  })

  it('each get their own generated placeholder PDF, readable by anonymous visitors', async () => {
    const { docs } = await payload.find({
      collection: 'publications',
      limit: 0,
      pagination: false,
      depth: 1,
      overrideAccess: false,
    })
    expect(docs).toHaveLength(publications.length)
    const files = docs.map((doc) => doc.file as Media)
    for (const file of files) {
      expect(file.mimeType).toBe('application/pdf')
      expect(file.filesize).toBeGreaterThan(500)
      expect(file.filename).toMatch(/\.pdf$/)
    }
    expect(new Set(files.map((file) => file.id)).size).toBe(docs.length)
  })

  it('are not created again, nor their files, when the seed runs again', async () => {
    const before = { publications: await count('publications'), media: await count('media') }
    const report = await seed(payload)
    expect(report.publications).toBe(0)
    expect({ publications: await count('publications'), media: await count('media') }).toEqual(before)
  })
})
