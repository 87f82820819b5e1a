import { describe, expect, it } from 'vitest'
import type { RedirectDoc } from './fetchRedirects'
import { resolveRedirects } from './resolveRedirects'

const pages = new Set(['/nieuws/nieuw', '/over-ons', '/ouder/kind'])
const isPage = (path: string) => pages.has(path)
const published = (slug: string) => ({ slug, _status: 'published' })

const reference = (from: string, relationTo: string, value: unknown): RedirectDoc =>
  ({ from, to: { type: 'reference', reference: { relationTo, value } } }) as RedirectDoc

describe('resolveRedirects', () => {
  it('turns references into the current path of published documents, nested pages included', () => {
    const { rules, skipped } = resolveRedirects(
      [
        reference('/nieuws/oud', 'news', published('nieuw')),
        reference('/oud-kind', 'pages', {
          ...published('kind'),
          breadcrumbs: [{ url: '/ouder' }, { url: '/ouder/kind' }],
        }),
        { from: '/weg', to: { type: 'gone' } },
        { from: '/elders', to: { type: 'custom', url: 'https://example.org/x' } },
        { from: '/intern/', to: { type: 'custom', url: '/over-ons/' } },
      ],
      isPage,
    )
    expect(skipped).toEqual([])
    expect(rules).toEqual([
      { from: '/nieuws/oud', status: 301, to: '/nieuws/nieuw' },
      { from: '/oud-kind', status: 301, to: '/ouder/kind' },
      { from: '/weg', status: 410 },
      { from: '/elders', status: 301, to: 'https://example.org/x' },
      { from: '/intern', status: 301, to: '/over-ons' },
    ])
  })

  it('leaves out redirects that would shadow a page, lead nowhere or to themselves, or are unsafe', () => {
    const { rules, skipped } = resolveRedirects(
      [
        reference('/over-ons', 'news', published('nieuw')),
        reference('/concept', 'news', 7),
        reference('/ingetrokken', 'news', { slug: 'nieuw', _status: 'draft' }),
        { from: '/nergens', to: { type: 'custom', url: '/bestaat-niet' } },
        { from: '/zelf', to: { type: 'custom', url: '/zelf' } },
        { from: '/a;b', to: { type: 'gone' } },
        { from: '/c', to: { type: 'custom', url: 'https://example.org/$host' } },
      ],
      isPage,
    )
    expect(rules).toEqual([])
    expect(skipped.map((entry) => entry.from)).toEqual([
      '/over-ons',
      '/concept',
      '/ingetrokken',
      '/nergens',
      '/zelf',
      '/a;b',
      '/c',
    ])
  })
})
