import { describe, expect, it } from 'vitest'
import { absoluteUrl, isSafeHref, pathFor } from './urls'

describe('pathFor', () => {
  it('maps collections to Dutch site paths', () => {
    expect(pathFor('news', { slug: 'start' })).toBe('/nieuws/start')
    expect(pathFor('practices', { slug: 'dokwerk' })).toBe('/toolbox/goede-voorbeelden/dokwerk')
  })
  it('uses the nested breadcrumb path for pages', () => {
    const doc = { slug: 'kind', breadcrumbs: [{ url: '/ouder' }, { url: '/ouder/kind' }] }
    expect(pathFor('pages', doc)).toBe('/ouder/kind')
    expect(pathFor('pages', { slug: 'contact' })).toBe('/contact')
  })
})

describe('isSafeHref', () => {
  it.each(['https://vng.nl', 'mailto:info@example.org', '/nieuws', '#inhoud', 'tel:+31 30 123'])('allows %s', (href) =>
    expect(isSafeHref(href)).toBe(true),
  )
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,x',
    '//evil.example',
    'vbscript:x',
    'ftp://x',
  ])('refuses %s', (href) => expect(isSafeHref(href)).toBe(false))
})

describe('absoluteUrl', () => {
  it('joins site URL and path', () => {
    expect(absoluteUrl('https://www.aanpakmetandereogen.nl', '/nieuws/a')).toBe(
      'https://www.aanpakmetandereogen.nl/nieuws/a',
    )
  })
})
