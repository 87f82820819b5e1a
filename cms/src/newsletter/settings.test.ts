import { describe, expect, it } from 'vitest'
import { idempotencyKey } from './send/idempotencyKey'
import { newsletterSettings as fromEnv, NewsletterSettingsError } from './settings'

const newsletterSettings = (env: Record<string, string>) => fromEnv(env as NodeJS.ProcessEnv)

describe('the installation id in idempotency keys', () => {
  it('is INSTALLATION_ID when set, so a restore on a new secret keeps its keys', () => {
    const settings = newsletterSettings({ INSTALLATION_ID: 'productie', PAYLOAD_SECRET: 'a' })
    expect(idempotencyKey(settings, 'newsletter-3-batch-1')).toBe('productie/newsletter-3-batch-1')
    expect(newsletterSettings({ INSTALLATION_ID: 'productie', PAYLOAD_SECRET: 'b' }).installationId).toBe('productie')
  })

  it('else follows PAYLOAD_SECRET: the same for the same secret, another for a copy with its own', () => {
    const production = newsletterSettings({ PAYLOAD_SECRET: 'productie-geheim' }).installationId
    expect(newsletterSettings({ PAYLOAD_SECRET: 'productie-geheim' }).installationId).toBe(production)
    expect(newsletterSettings({ PAYLOAD_SECRET: 'staging-geheim' }).installationId).not.toBe(production)
    expect(production).toMatch(/^[0-9a-f]{12}$/)
  })

  it('refuses characters that do not belong in a header', () => {
    expect(() => newsletterSettings({ INSTALLATION_ID: 'a b' })).toThrow(NewsletterSettingsError)
  })
})

describe('the send lease', () => {
  it('lasts at least two request timeouts, so it cannot lapse during one request', () => {
    const settings = newsletterSettings({ NEWSLETTER_LEASE_SECONDS: '1', NEWSLETTER_REQUEST_TIMEOUT_MS: '2000' })
    expect(settings.leaseMs).toBe(4000)
  })
})
