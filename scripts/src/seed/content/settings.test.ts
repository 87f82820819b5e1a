import { describe, expect, it } from 'vitest'
import { socialPlatformLabels } from '@mao/shared/selectOptions'
import { isSafeHref } from '@mao/shared/urls'
import { settings } from './settings'

describe('seeded navigation and settings', () => {
  it('keeps the main menu short and both menus within the CMS limit (12 rows)', () => {
    expect(settings.mainMenu.length).toBeLessThanOrEqual(7)
    expect(settings.footerMenu.length).toBeLessThanOrEqual(12)
    for (const item of [...settings.mainMenu, ...settings.footerMenu]) expect(item.url).toMatch(/^\/[a-z0-9/-]*$/)
  })

  it('seeds social accounts as plain https addresses without tracking parameters', () => {
    expect(settings.socialLinks.length).toBeGreaterThan(0)
    for (const link of settings.socialLinks) {
      expect(socialPlatformLabels[link.platform]).toBeTruthy()
      expect(isSafeHref(link.url)).toBe(true)
      const url = new URL(link.url)
      expect(url.protocol).toBe('https:')
      expect(url.search).toBe('')
    }
  })
})
