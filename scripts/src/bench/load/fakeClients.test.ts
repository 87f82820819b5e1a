import { describe, expect, it } from 'vitest'
import { fakeClientIp, floodEmail } from './fakeClients'

describe('fake flood clients', () => {
  it('gives 100,000 distinct private IPv4 addresses', () => {
    const ips = new Set(Array.from({ length: 100_000 }, (_, n) => fakeClientIp(n)))
    expect(ips.size).toBe(100_000)
    for (const ip of [fakeClientIp(0), fakeClientIp(99_999), fakeClientIp(2 ** 24 - 1)])
      expect(ip).toMatch(/^10\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/)
    expect(fakeClientIp(2 ** 24 - 1)).toBe('10.255.255.255')
  })

  it('refuses numbers outside 10.0.0.0/8', () => {
    expect(() => fakeClientIp(2 ** 24)).toThrow(RangeError)
    expect(() => fakeClientIp(-1)).toThrow(RangeError)
  })

  it('takes the addresses of the pool in turn', () => {
    expect(floodEmail(0, 3)).toBe('flood0@bench.example')
    expect(floodEmail(4, 3)).toBe('flood1@bench.example')
  })
})
