import { describe, expect, it } from 'vitest'
import { AdminConfigError, adminCredentials, DEV_ADMIN_PASSWORD } from './admin'

describe('adminCredentials', () => {
  it('uses the development default only in development', () => {
    expect(adminCredentials({ NODE_ENV: 'development' as const }).password).toBe(DEV_ADMIN_PASSWORD)
  })

  it.each([undefined, '', DEV_ADMIN_PASSWORD, 'admin', 'kort'])('refuses %j outside development', (password) => {
    expect(() => adminCredentials({ NODE_ENV: 'production' as const, ADMIN_PASSWORD: password })).toThrow(
      AdminConfigError,
    )
  })

  it('accepts a strong password in production', () => {
    const env = {
      NODE_ENV: 'production' as const,
      ADMIN_EMAIL: 'beheer@example.org',
      ADMIN_PASSWORD: 'een-lang-en-sterk-wachtwoord',
    }
    expect(adminCredentials(env)).toEqual({ email: 'beheer@example.org', password: 'een-lang-en-sterk-wachtwoord' })
  })
})
