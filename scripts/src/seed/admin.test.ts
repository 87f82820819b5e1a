import { describe, expect, it } from 'vitest'
import { AdminConfigError, adminCredentials, DEV_ADMIN_EMAIL, DEV_ADMIN_PASSWORD } from './admin'

const strongPassword = 'een-lang-en-sterk-wachtwoord'

describe('adminCredentials', () => {
  it('uses the development defaults only in development', () => {
    expect(adminCredentials({ NODE_ENV: 'development' as const })).toEqual({
      email: DEV_ADMIN_EMAIL,
      password: DEV_ADMIN_PASSWORD,
    })
  })

  it('accepts the example address in tests', () => {
    expect(adminCredentials({ NODE_ENV: 'test' as const, ADMIN_EMAIL: DEV_ADMIN_EMAIL }).email).toBe(DEV_ADMIN_EMAIL)
  })

  it.each([undefined, '', DEV_ADMIN_PASSWORD, 'admin', 'kort'])(
    'refuses password %j outside development',
    (password) => {
      const env = { NODE_ENV: 'production' as const, ADMIN_EMAIL: 'beheer@example.org', ADMIN_PASSWORD: password }
      expect(() => adminCredentials(env)).toThrow(AdminConfigError)
      expect(() => adminCredentials(env)).toThrow(/ADMIN_PASSWORD/)
    },
  )

  it.each([DEV_ADMIN_EMAIL, 'Admin@Example.org', ` ${DEV_ADMIN_EMAIL} `])(
    'refuses the published example address %j outside development',
    (email) => {
      const env = { NODE_ENV: 'production' as const, ADMIN_EMAIL: email, ADMIN_PASSWORD: strongPassword }
      expect(() => adminCredentials(env)).toThrow(AdminConfigError)
      expect(() => adminCredentials(env)).toThrow(/ADMIN_EMAIL is the published example address/)
    },
  )

  it.each([undefined, '', '  '])('refuses a missing address %j outside development', (email) => {
    const env = { NODE_ENV: 'production' as const, ADMIN_EMAIL: email, ADMIN_PASSWORD: strongPassword }
    expect(() => adminCredentials(env)).toThrow(/ADMIN_EMAIL is not set/)
  })

  it('accepts an address of its own and a strong password in production', () => {
    const env = { NODE_ENV: 'production' as const, ADMIN_EMAIL: 'beheer@example.org', ADMIN_PASSWORD: strongPassword }
    expect(adminCredentials(env)).toEqual({ email: 'beheer@example.org', password: strongPassword })
  })
})
