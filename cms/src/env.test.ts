import { describe, expect, it } from 'vitest'
import { ConfigError, payloadSecret, siteUrl } from './env'

describe('payloadSecret', () => {
  it('is required in production, with a clear message', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(ConfigError)
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: '  ' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('uses the configured secret', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc123' })).toBe('abc123')
  })

  it('falls back to a development secret outside production', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/development/)
  })
})

describe('siteUrl', () => {
  it('drops trailing slashes and follows SITE_PORT', () => {
    expect(siteUrl({ NODE_ENV: 'test', SITE_URL: 'https://www.aanpakmetandereogen.nl/' })).toBe(
      'https://www.aanpakmetandereogen.nl',
    )
    expect(siteUrl({ NODE_ENV: 'test', SITE_PORT: '5000' })).toBe('http://localhost:5000')
  })
})
