import { describe, expect, it } from 'vitest'
import { withoutCoveredKeys } from './coveredKeys'

describe('withoutCoveredKeys', () => {
  it('drops the document keys of a collection whose whole list was read', () => {
    expect(
      withoutCoveredKeys(['doc:practices:2', 'all:practices', 'doc:practices:1', 'doc:themes:4', 'global:settings']),
    ).toEqual(['all:practices', 'doc:themes:4', 'global:settings'])
  })

  it('drops the entry keys of a source read as a whole, and keeps entries of others', () => {
    expect(
      withoutCoveredKeys(['source:availability:7', 'source:availability', 'source:form-consents:contact']),
    ).toEqual(['source:availability', 'source:form-consents:contact'])
  })

  it('keeps every document key when no whole collection was read', () => {
    expect(withoutCoveredKeys(new Set(['doc:news:2', 'doc:news:1', 'clock:5']))).toEqual([
      'clock:5',
      'doc:news:1',
      'doc:news:2',
    ])
  })

  it('keeps unknown keys, which make a page render every time', () => {
    expect(withoutCoveredKeys(['all:news', 'doc:news', 'weird:key'])).toEqual(['all:news', 'doc:news', 'weird:key'])
  })

  it('covers by the whole name, not a prefix of it, and keeps ids with colons', () => {
    expect(
      withoutCoveredKeys(['all:news', 'doc:newsletters:1', 'doc:news:a:b', 'source:forms', 'source:form-consents:x']),
    ).toEqual(['all:news', 'doc:newsletters:1', 'source:form-consents:x', 'source:forms'])
  })
})
