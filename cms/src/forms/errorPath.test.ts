import { describe, expect, it } from 'vitest'
import { errorPath } from './errorPath'

describe('errorPath', () => {
  it('adds the error code as query and fragment', () => {
    expect(errorPath('/contact', 'email')).toBe('/contact?fout=email#fout-email')
  })

  it('keeps the page query, replaces an earlier error and the fragment', () => {
    expect(errorPath('/agenda/dag?x=1&fout=name#aanmelden', 'te-vaak')).toBe(
      '/agenda/dag?x=1&fout=te-vaak#fout-te-vaak',
    )
  })
})
