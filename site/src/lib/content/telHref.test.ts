import { describe, expect, it } from 'vitest'
import { telHref } from './telHref'

describe('telHref', () => {
  it('keeps digits and a leading plus only', () => {
    expect(telHref('030 - 123 45 67')).toBe('tel:0301234567')
    expect(telHref('+31 (0)30 123 4567')).toBe('tel:+310301234567')
  })
})
