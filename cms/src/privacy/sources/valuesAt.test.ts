import { describe, expect, it } from 'vitest'
import { valuesAt } from './valuesAt'

describe('valuesAt', () => {
  it('reads a top-level and a nested field', () => {
    expect(valuesAt({ email: 'a@b.nl' }, 'email')).toEqual(['a@b.nl'])
    expect(valuesAt({ submission: { email: 'a@b.nl' } }, 'submission.email')).toEqual(['a@b.nl'])
  })
  it('steps into arrays', () => {
    expect(valuesAt({ contacts: [{ email: 'a@b.nl' }, { email: 'c@d.nl' }, {}] }, 'contacts.email')).toEqual([
      'a@b.nl',
      'c@d.nl',
      undefined,
    ])
  })
  it('gives nothing for a missing or null group', () => {
    expect(valuesAt({ submission: null }, 'submission.email')).toEqual([])
    expect(valuesAt({}, 'submission.email')).toEqual([])
  })
})
