import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { BrokenLinks } from '../queries/brokenLinks'
import { BrokenLinksSummary } from './BrokenLinksSummary'

const render = (result: BrokenLinks) => renderToStaticMarkup(createElement(BrokenLinksSummary, { result }))
const text = (html: string) => html.replace(/<[^>]+>/g, '')
const href = '/admin/collections/build-logs/7'
const link = (n: number) => ({
  page: `/nieuws/${n}/`,
  pageUrl: `https://www.example.org/nieuws/${n}/`,
  url: `/weg-${n}/`,
  reason: 'Pagina of bestand bestaat niet',
})

describe('BrokenLinksSummary', () => {
  it('says when no check ran yet', () => {
    expect(text(render({ kind: 'none' }))).toBe(
      'Nog geen linkcontrole: die loopt na elke geslaagde sitebuild op deze server.',
    )
  })

  it('links a failed check to its build log', () => {
    const html = render({ kind: 'failed', href })
    expect(text(html)).toContain('De linkcontrole na de laatste sitebuild is mislukt')
    expect(html).toContain(`<a href="${href}">Log bekijken</a>`)
  })

  it('says when nothing is broken', () => {
    expect(text(render({ kind: 'checked', count: 0, links: [], href }))).toBe(
      'De laatste sitebuild vond geen kapotte links.',
    )
  })

  it('lists each broken link with its page on the site, and the rest in the log', () => {
    const html = render({ kind: 'checked', count: 3, links: [link(1), link(2)], href })
    expect(html).toContain(`<a href="${href}">3 kapotte links</a>`)
    expect(html).toContain('<a href="https://www.example.org/nieuws/1/">/nieuws/1/</a>')
    expect(text(html)).toContain('/nieuws/2/ → /weg-2/ (Pagina of bestand bestaat niet)')
    expect(text(html)).toContain('En nog 1; zie het log van die sitebuild.')
  })

  it('names one broken link in the singular and adds no remainder when all are shown', () => {
    const html = render({ kind: 'checked', count: 1, links: [link(1)], href })
    expect(text(html)).toContain('1 kapotte link:')
    expect(text(html)).not.toContain('En nog')
  })
})
