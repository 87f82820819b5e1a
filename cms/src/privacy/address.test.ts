import { describe, expect, it } from 'vitest'
import { addressReference, isErasableAddress, normalizeAddress } from './address'

describe('normalizeAddress', () => {
  it('trims and lower-cases', () => {
    expect(normalizeAddress('  Jan.Jansen@Voorbeeld.NL ')).toBe('jan.jansen@voorbeeld.nl')
  })
  it('gives an empty string for anything but a string', () => {
    expect(normalizeAddress(undefined)).toBe('')
    expect(normalizeAddress(42)).toBe('')
  })
})

describe('isErasableAddress', () => {
  it('accepts addresses the strict form check would refuse', () => {
    expect(isErasableAddress('a@b')).toBe(true)
    expect(isErasableAddress('jan..jansen@voorbeeld.nl')).toBe(true)
  })
  it('refuses what can never be an address', () => {
    for (const value of [
      '',
      'jan',
      '@',
      'jan@',
      '@voorbeeld.nl',
      'jan jansen@voorbeeld.nl',
      'a@b@c',
      `${'x'.repeat(250)}@ab.nl`,
    ]) {
      expect(isErasableAddress(value), value).toBe(false)
    }
  })
})

describe('addressReference', () => {
  it('is the same for the same address in any case, and reveals nothing of it', () => {
    const reference = addressReference('secret', 'Jan@Voorbeeld.nl')
    expect(reference).toBe(addressReference('secret', 'jan@voorbeeld.nl'))
    expect(reference).toMatch(/^[0-9a-f]{12}$/)
    expect(reference).not.toBe(addressReference('other-secret', 'jan@voorbeeld.nl'))
    expect(reference).not.toBe(addressReference('secret', 'piet@voorbeeld.nl'))
  })
})
