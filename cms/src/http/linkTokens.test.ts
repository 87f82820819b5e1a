import { describe, expect, it } from 'vitest'
import { hashToken, randomToken } from './linkTokens'

describe('tokens', () => {
  it('are random, URL-safe and stored as a SHA-256 hash', () => {
    const [one, two] = [randomToken(), randomToken()]
    expect(one).not.toBe(two)
    expect(one).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hashToken(one)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(one)).toBe(hashToken(one))
    expect(hashToken(one)).not.toBe(hashToken(two))
  })
})
