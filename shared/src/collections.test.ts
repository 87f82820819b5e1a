import { describe, expect, it } from 'vitest'
import { collectionsWithPages, hasPagesOfItsOwn } from './collections'

describe('collections with pages of their own', () => {
  it('are those with a section path and the nested pages, in the order of the public collections', () => {
    expect(collectionsWithPages).toEqual([
      'news',
      'practices',
      'experts',
      'regions',
      'communities',
      'events',
      'pages',
      'themes',
      'advices',
      'publications',
    ])
  })

  it('leave out what is only listed elsewhere, and names that are not collections', () => {
    for (const slug of ['partners', 'team-members', 'media', 'users', 'toString', '__proto__'])
      expect(hasPagesOfItsOwn(slug), slug).toBe(false)
  })
})
