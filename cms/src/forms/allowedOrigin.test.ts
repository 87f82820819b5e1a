import { describe, expect, it } from 'vitest'
import { isAllowedOrigin } from './allowedOrigin'

const settings = { siteUrl: 'https://www.site.example', cmsPublicUrl: 'https://cms.site.example/' }

describe('isAllowedOrigin', () => {
  it('allows a post without Origin (old browsers, curl)', () => {
    expect(isAllowedOrigin(null, settings)).toBe(true)
    expect(isAllowedOrigin('', settings)).toBe(true)
  })

  it("allows the site's and the CMS's own origin", () => {
    expect(isAllowedOrigin('https://www.site.example', settings)).toBe(true)
    expect(isAllowedOrigin('https://cms.site.example', settings)).toBe(true)
  })

  it('refuses other origins, look-alikes, another scheme or port, and null', () => {
    for (const origin of [
      'https://evil.example',
      'https://www.site.example.evil.example',
      'http://www.site.example',
      'https://www.site.example:8443',
      'null',
      'not a url',
    ])
      expect(isAllowedOrigin(origin, settings), origin).toBe(false)
  })
})
