import { describe, expect, it } from 'vitest'
import { shareholderCountLine } from './shareholderCount'

describe('shareholderCountLine', () => {
  it('counts in words that fit the number, and says nothing before the first', () => {
    expect(shareholderCountLine(0)).toBeNull()
    expect(shareholderCountLine(1)).toBe('Eén organisatie is al aandeelhouder.')
    expect(shareholderCountLine(212)).toBe('Al 212 organisaties zijn aandeelhouder.')
  })
})
