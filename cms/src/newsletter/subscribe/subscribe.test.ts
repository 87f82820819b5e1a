import { describe, expect, it } from 'vitest'
import { isValidEmail, normalizeEmail } from './normalizeEmail'
import { legacyUnsubscribeToken, verifyLegacyUnsubscribeToken } from './tokens'

describe('email addresses', () => {
  it('are normalised to one form per mailbox', () => {
    expect(normalizeEmail('  Jan.Jansen@Gemeente.NL ')).toBe('jan.jansen@gemeente.nl')
  })

  it.each(['jan@gemeente.nl', 'j.de-vries+nieuws@school.example.org', "o'brien@zorg.nl"])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true)
  })

  it.each([
    '',
    'jan',
    'jan@',
    '@gemeente.nl',
    'jan@gemeente',
    'jan @gemeente.nl',
    'jan..jansen@gemeente.nl',
    '.jan@gemeente.nl',
    'jan@-gemeente.nl',
    `${'a'.repeat(65)}@x.nl`,
    'a<b>@x.nl',
  ])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false)
  })
})

describe('tokens', () => {
  it('for unsubscribing in old emails identify the subscriber and cannot be forged', () => {
    const token = legacyUnsubscribeToken('secret', 42)
    expect(verifyLegacyUnsubscribeToken('secret', token)).toBe('42')
    expect(verifyLegacyUnsubscribeToken('other-secret', token)).toBeUndefined()
    expect(verifyLegacyUnsubscribeToken('secret', token.replace(/^42/, '43'))).toBeUndefined()
    expect(verifyLegacyUnsubscribeToken('secret', '42')).toBeUndefined()
    expect(verifyLegacyUnsubscribeToken('secret', undefined)).toBeUndefined()
  })
})
