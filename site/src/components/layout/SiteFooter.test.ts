import { experimental_AstroContainer } from 'astro/container'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { participationPaths, sitePaths } from '@mao/shared/sitePaths'
import { collectionPaths } from '@mao/shared/urls'
import type { NavigationDoc, SiteSettings } from '../../lib/content/types'
import SiteFooter from './SiteFooter.astro'

vi.mock('../../lib/navigation/publishedPagePaths', () => ({
  loadPublishedPagePaths: async () => ['/aandeelhouder-worden', '/contact', '/het-programma'],
}))
vi.mock('../../lib/newsletter/subscriberApi', () => ({
  subscriberEndpoint: () => 'https://cms.test/api/subscribers/subscribe',
  loadConsent: async () => ({ version: 'v1', text: 'Toestemming.', privacyUrl: '/privacyverklaring' }),
}))

const settings = (socialLinks: SiteSettings['socialLinks']): SiteSettings => ({
  siteName: 'Met Andere Ogen',
  tagline: null,
  contact: {},
  footerText: null,
  socialLinks,
})
const navigation: NavigationDoc = { mainMenu: [], footerMenu: [{ label: 'Over ons', url: '/over-ons' }] }

let container: experimental_AstroContainer
const render = (socialLinks: SiteSettings['socialLinks']) =>
  container.renderToString(SiteFooter, { props: { settings: settings(socialLinks), navigation } })

beforeAll(async () => {
  container = await experimental_AstroContainer.create()
})

describe('SiteFooter', () => {
  it('groups the links under Het programma, Doe mee and Over deze site', async () => {
    const html = await render([])
    for (const heading of ['Het programma', 'Doe mee', 'Over deze site'])
      expect(html).toMatch(new RegExp(`<nav aria-labelledby="[a-z-]+"[^>]*>\\s*<h2[^>]*>\\s*${heading}\\s*</h2>`))
    for (const href of [
      '/het-programma',
      collectionPaths.advices,
      collectionPaths.publications,
      sitePaths.partners,
      participationPaths.shareholderForm,
      participationPaths.contactForm,
      '/over-ons',
    ])
      expect(html).toContain(`href="${href}"`)
    expect(html).not.toContain(`href="${participationPaths.practiceForm}"`) // not published here
  })

  it('links the social accounts as plain external links named after the network', async () => {
    const html = await render([
      { platform: 'linkedin', url: 'https://www.linkedin.com/company/voorbeeld' },
      { platform: 'youtube', url: 'https://www.youtube.com/@voorbeeld' },
    ])
    expect(html).toContain('Volg ons')
    expect(html).toMatch(
      /<a [^>]*href="https:\/\/www\.linkedin\.com\/company\/voorbeeld" rel="external me"[^>]*>\s*LinkedIn\s*<\/a>/,
    )
    expect(html).toMatch(/href="https:\/\/www\.youtube\.com\/@voorbeeld"[^>]*>\s*YouTube\s*<\/a>/)
    // Nothing is loaded from the networks: no image, frame or script points at them.
    expect(html).not.toMatch(/<(img|iframe|script)[^>]*(linkedin|youtube)/)
  })

  it('leaves out the social block without accounts', async () => {
    const html = await render([])
    expect(html).not.toContain('Volg ons')
  })
})
