import { describe, expect, it } from 'vitest'
import { mayPreview } from './mayPreview'

const contributor = { id: 7, role: 'contributor' }

describe('mayPreview', () => {
  it('gives editors and admins a link for every document', () => {
    expect(mayPreview({ id: 1, role: 'editor' }, { createdBy: 9 })).toBe(true)
    expect(mayPreview({ id: 2, role: 'admin' }, {})).toBe(true)
  })

  it('gives a contributor a link for their own drafts only, whether createdBy is an id or populated', () => {
    expect(mayPreview(contributor, { createdBy: 7 })).toBe(true)
    expect(mayPreview(contributor, { createdBy: { id: 7, name: 'Bijdrager' } })).toBe(true)
    expect(mayPreview(contributor, { createdBy: 8 })).toBe(false)
    expect(mayPreview(contributor, {})).toBe(false)
  })

  it('gives nobody else a link', () => {
    expect(mayPreview(null, { createdBy: 7 })).toBe(false)
    expect(mayPreview({ id: 7 }, { createdBy: 7 })).toBe(false)
  })
})
