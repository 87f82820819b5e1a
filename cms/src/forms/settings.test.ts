import { describe, expect, it } from 'vitest'
import { formSettings as fromEnv, FormSettingsError } from './settings'

const formSettings = (env: Record<string, string>) => fromEnv(env as NodeJS.ProcessEnv)

describe('formSettings', () => {
  it('has defaults like the newsletter sign-up', () => {
    const settings = formSettings({ SITE_URL: 'https://site.example/', CMS_URL: 'http://localhost:3000' })
    expect(settings).toMatchObject({
      siteUrl: 'https://site.example',
      cmsPublicUrl: 'http://localhost:3000',
      from: undefined,
      rateLimitWindowMs: 3_600_000,
      rateLimitPerIp: 20,
      rateLimitPerAddress: 3,
    })
  })

  it('reads the environment', () => {
    const settings = formSettings({
      CMS_PUBLIC_URL: 'https://cms.example/',
      FORMS_FROM: 'MAO <info@example.org>',
      FORMS_RATE_LIMIT_WINDOW_SECONDS: '60',
      FORMS_RATE_LIMIT_PER_IP: '5',
      FORMS_RATE_LIMIT_PER_ADDRESS: '1',
    })
    expect(settings).toMatchObject({
      cmsPublicUrl: 'https://cms.example',
      from: 'MAO <info@example.org>',
      rateLimitWindowMs: 60_000,
      rateLimitPerIp: 5,
      rateLimitPerAddress: 1,
    })
  })

  it('refuses limits that are not positive numbers', () => {
    expect(() => formSettings({ FORMS_RATE_LIMIT_PER_IP: '0' })).toThrow(FormSettingsError)
    expect(() => formSettings({ FORMS_RATE_LIMIT_PER_ADDRESS: 'veel' })).toThrow(/FORMS_RATE_LIMIT_PER_ADDRESS/)
  })
})
