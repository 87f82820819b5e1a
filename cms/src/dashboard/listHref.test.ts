import { describe, expect, it } from 'vitest'
import { listHref } from './listHref'

describe('listHref', () => {
  it('links to the plain list without a filter', () => {
    expect(listHref('/admin', 'news')).toBe('/admin/collections/news')
  })

  it('writes nested and/or filters in the bracket form the list view parses', () => {
    const href = listHref('/admin', 'media', {
      and: [{ or: [{ alt: { exists: false } }, { alt: { equals: '' } }] }, { decorative: { not_equals: true } }],
    })
    const params = new URL(href, 'http://cms').searchParams
    expect([...params.entries()]).toEqual([
      ['where[and][0][or][0][alt][exists]', 'false'],
      ['where[and][0][or][1][alt][equals]', ''],
      ['where[and][1][decorative][not_equals]', 'true'],
    ])
  })
})
