import { describe, expect, it } from 'vitest'
import { publicationSchema } from './publications'

const valid = {
  id: 3,
  title: 'Programmaplan 2020',
  summary: 'Wat het programma in 2020 doet.',
  slug: 'programmaplan-2020',
  kind: 'programme-plan',
  date: '2020-01-15T12:00:00.000Z',
  file: { id: 9, alt: 'Programmaplan', url: '/api/media/file/plan.pdf', mimeType: 'application/pdf', filesize: 2048 },
  themes: [1, { id: 2 }],
  communities: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
}

describe('publicationSchema', () => {
  it('keeps the populated file and reduces relations to ids', () => {
    const doc = publicationSchema.parse(valid)
    expect(doc.file).toMatchObject({ id: '9', url: '/api/media/file/plan.pdf', filesize: 2048 })
    expect(doc.themes).toEqual(['1', '2'])
    expect(doc.communities).toEqual([])
    expect(doc.regions).toEqual([])
  })

  it('treats an unpopulated file as no file', () => {
    expect(publicationSchema.parse({ ...valid, file: 9 }).file).toBeNull()
  })

  it('refuses an unknown kind and the slugs of the filter pages', () => {
    expect(publicationSchema.safeParse({ ...valid, kind: 'brochure' }).success).toBe(false)
    for (const slug of ['soort', 'thema']) {
      const result = publicationSchema.safeParse({ ...valid, slug })
      expect(result.success).toBe(false)
      expect(JSON.stringify(result.error?.issues)).toMatch(/filter pages under \/publicaties/)
    }
  })
})
