import { describe, expect, it } from 'vitest'
import { cmsPublicUrl, cmsUrl, SiteConfigError, siteUrl } from './env'

describe('environment', () => {
  it('has defaults and trims trailing slashes', () => {
    expect(cmsUrl({})).toBe('http://localhost:3000')
    expect(siteUrl({ SITE_URL: 'https://aanpakmetandereogen.nl/' })).toBe('https://aanpakmetandereogen.nl')
    expect(cmsPublicUrl({ CMS_URL: 'http://cms:3000' })).toBe('http://cms:3000')
    expect(cmsPublicUrl({ CMS_URL: 'http://cms:3000', CMS_PUBLIC_URL: 'https://cms.example.org' })).toBe(
      'https://cms.example.org',
    )
  })

  it('explains a malformed URL', () => {
    expect(() => cmsUrl({ CMS_URL: 'localhost:3000' })).toThrow(SiteConfigError)
    expect(() => cmsUrl({ CMS_URL: 'niet een url' })).toThrow(/CMS_URL is not a valid URL/)
    expect(() => siteUrl({ SITE_URL: 'ftp://x' })).toThrow(/must start with http/)
  })
})
