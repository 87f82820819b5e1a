import { describe, expect, it } from 'vitest'
import { expertSchema } from './experts'
import { homeSchema } from './globals'
import { newsSchema } from './news'
import { pageSchema } from './pages'
import { regionSchema } from './regions'

const base = {
  id: 7,
  title: 'Titel',
  summary: 'Samenvatting',
  slug: 'titel',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  _status: 'published',
}
const body = { root: { type: 'root', children: [] } }

describe('content schemas', () => {
  it('normalise ids to strings and relations (populated or not) to id lists', () => {
    const news = newsSchema.parse({ ...base, body, themes: [3, { id: 4, title: 'Thema' }], regions: null })
    expect(news.id).toBe('7')
    expect(news.themes).toEqual(['3', '4'])
    expect(news.regions).toEqual([])
    expect(news.meta).toEqual({ title: null, description: null, image: null })
  })

  it('refuse drafts, so a draft can never be built into a page', () => {
    const result = newsSchema.safeParse({ ...base, body, _status: 'draft' })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toMatch(/Only published documents/)
  })

  it('refuse slugs that are not URL-safe', () => {
    for (const slug of ['../etc', 'Hoofdletter', 'met spatie', '']) {
      expect(newsSchema.safeParse({ ...base, body, slug }).success).toBe(false)
    }
  })

  it('keep an unpopulated upload as no image', () => {
    expect(newsSchema.parse({ ...base, body, heroImage: 12 }).heroImage).toBeNull()
  })

  it('accept documents without optional fields', () => {
    const expert = expertSchema.parse({ ...base })
    expect(expert).toMatchObject({ offers: [], themes: [], regions: [], bio: null, photo: null })
    const region = regionSchema.parse({ ...base, province: 'utrecht', coordinates: { lat: 52.1, lng: 5.1 } })
    expect(region).toMatchObject({ municipalities: [], partners: [], contacts: [], description: null })
  })

  it('refuse region coordinates outside the Netherlands', () => {
    expect(regionSchema.safeParse({ ...base, province: 'utrecht', coordinates: { lat: 48.8, lng: 2.3 } }).success).toBe(
      false,
    )
  })

  it('keep unknown page blocks as "unknown" but validate known ones', () => {
    const page = pageSchema.parse({
      ...base,
      layout: [
        { blockType: 'video', url: 'x' },
        { blockType: 'richText', content: body },
      ],
    })
    expect(page.layout.map((block) => block.blockType)).toEqual(['unknown', 'richText'])
    expect(
      pageSchema.safeParse({ ...base, layout: [{ blockType: 'latestList', collection: 'users', limit: 3 }] }).success,
    ).toBe(false)
  })

  it('let the home global be empty', () => {
    const home = homeSchema.parse({ id: 1 })
    expect(home.heroTitle ?? null).toBeNull()
    expect(home).toMatchObject({ featuredPractices: [], featuredExperts: [], heroImage: null })
  })
})
