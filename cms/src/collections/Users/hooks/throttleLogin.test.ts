import { describe, expect, it } from 'vitest'
import { LOGIN_ATTEMPTS_PER_CLIENT, loginAttemptsPerClient } from './throttleLogin'

describe('loginAttemptsPerClient', () => {
  it('is 10 unless LOGIN_RATE_LIMIT_PER_IP sets a positive whole number', () => {
    expect(loginAttemptsPerClient({})).toBe(LOGIN_ATTEMPTS_PER_CLIENT)
    expect(loginAttemptsPerClient({ LOGIN_RATE_LIMIT_PER_IP: '200' })).toBe(200)
    for (const wrong of ['0', '-3', '2.5', 'veel', ''])
      expect(loginAttemptsPerClient({ LOGIN_RATE_LIMIT_PER_IP: wrong })).toBe(LOGIN_ATTEMPTS_PER_CLIENT)
  })
})
