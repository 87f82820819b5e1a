import { describe, expect, it } from 'vitest'
import { metaDescription, pageTitle } from './pageTitle'

describe('page titles and descriptions', () => {
  it('adds the site name to titles unless an SEO title is set', () => {
    expect(pageTitle('Nieuws', 'Met Andere Ogen')).toBe('Nieuws | Met Andere Ogen')
    expect(pageTitle('Met Andere Ogen', 'Met Andere Ogen')).toBe('Met Andere Ogen')
    expect(pageTitle('Nieuws', 'Met Andere Ogen', ' Eigen titel ')).toBe('Eigen titel')
  })

  it('cuts long descriptions at a word', () => {
    const description = metaDescription('', null, 'woord '.repeat(60))
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description.endsWith('woord…')).toBe(true)
  })
})
