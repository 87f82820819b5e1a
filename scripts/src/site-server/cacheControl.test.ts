import { describe, expect, it } from 'vitest'
import { cacheControlFor } from './cacheControl'

describe('cacheControlFor', () => {
  it('caches content-hashed search files for a year', () => {
    expect(cacheControlFor('/zoeken/zoekindex.0123456789ab.json', 'application/json')).toMatch(/immutable/)
    expect(cacheControlFor('/zoeken/zoektermen.0123456789ab.json', 'application/json')).toMatch(/immutable/)
    expect(cacheControlFor('/zoeken/zoekresultaten.0123456789ab.json', 'application/json')).toMatch(/immutable/)
  })

  it('revalidates JSON without a content hash', () => {
    expect(cacheControlFor('/zoeken/zoekindex.json', 'application/json')).toBe('no-cache')
  })
})
