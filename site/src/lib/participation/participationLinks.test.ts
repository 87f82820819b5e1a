import { describe, expect, it } from 'vitest'
import { participationPaths } from '@mao/shared/sitePaths'
import { participationLinks } from './participationLinks'

describe('participationLinks', () => {
  it('links every way to take part when the form pages are published', () => {
    const published = new Set([
      participationPaths.shareholderForm,
      participationPaths.practiceForm,
      participationPaths.expertForm,
      participationPaths.contactForm,
      '/over-ons',
    ])
    expect(participationLinks(published).map((link) => link.href)).toEqual([
      participationPaths.shareholderForm,
      participationPaths.shareholders,
      participationPaths.practiceForm,
      participationPaths.expertForm,
      participationPaths.contactForm,
    ])
  })

  it('leaves out a form page that is not published, never the site’s own pages', () => {
    const hrefs = participationLinks(new Set([participationPaths.shareholderForm])).map((link) => link.href)
    expect(hrefs).toEqual([participationPaths.shareholderForm, participationPaths.shareholders])
  })
})
