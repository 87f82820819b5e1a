import { describe, expect, it } from 'vitest'
import { shareholderCtaDefaults } from '@mao/shared/homeDefaults'
import { homeSchema, siteSettingsSchema } from './globals'

describe('site settings schema', () => {
  it('keeps social accounts with a web address and drops the rest', () => {
    const settings = siteSettingsSchema.parse({
      socialLinks: [
        { platform: 'linkedin', url: ' https://www.linkedin.com/company/voorbeeld ' },
        { platform: 'mastodon', url: '/intern' },
        { platform: 'x', url: 'javascript:alert(1)' },
      ],
    })
    expect(settings.socialLinks).toEqual([{ platform: 'linkedin', url: 'https://www.linkedin.com/company/voorbeeld' }])
    expect(siteSettingsSchema.parse({}).socialLinks).toEqual([])
  })

  it('refuses a network the site has no label for', () => {
    expect(
      siteSettingsSchema.safeParse({ socialLinks: [{ platform: 'myspace', url: 'https://x.example' }] }).success,
    ).toBe(false)
  })
})

describe('home schema', () => {
  it('falls back to the default aandeelhouder call while its fields are empty', () => {
    expect(homeSchema.parse({}).shareholderCta).toEqual(shareholderCtaDefaults)
    expect(homeSchema.parse({ shareholderCta: { heading: ' ', text: null } }).shareholderCta).toEqual(
      shareholderCtaDefaults,
    )
    expect(homeSchema.parse({ shareholderCta: { heading: 'Kop', text: 'Tekst' } }).shareholderCta).toEqual({
      heading: 'Kop',
      text: 'Tekst',
    })
  })
})
