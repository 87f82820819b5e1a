import { describe, expect, it } from 'vitest'
import { summaryFrom } from './summaryFrom'

describe('summaryFrom', () => {
  it('keeps a short text whole, on one line', () => {
    expect(summaryFrom('Kort\n\nverhaal.')).toBe('Kort verhaal.')
  })

  it('cuts a long text after a whole word within the limit', () => {
    const summary = summaryFrom('woord, '.repeat(100), 40)
    expect(summary.length).toBeLessThanOrEqual(40)
    expect(summary).toMatch(/^(woord, )*woord…$/)
  })
})
