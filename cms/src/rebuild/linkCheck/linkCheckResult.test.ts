import { describe, expect, it } from 'vitest'
import { dutchReason, linkCheckResult, sitePathOfPage } from './linkCheckResult'

const broken = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    page: `/nieuws/bericht-${i}/index.html`,
    attribute: 'href',
    url: `/weg-${i}/`,
    reason: 'no such file',
  }))

describe('linkCheckResult', () => {
  it('keeps the site path of the page, the link and a Dutch reason', () => {
    expect(linkCheckResult(broken(1))).toEqual({
      status: 'checked',
      brokenCount: 1,
      brokenLinks: [{ page: '/nieuws/bericht-0/', url: '/weg-0/', reason: 'Pagina of bestand bestaat niet' }],
    })
  })

  it('keeps the first few links and the total', () => {
    const result = linkCheckResult(broken(7), 3)
    expect(result).toMatchObject({ status: 'checked', brokenCount: 7 })
    expect(result.brokenLinks.map((link) => link.url)).toEqual(['/weg-0/', '/weg-1/', '/weg-2/'])
  })

  it('reports none when nothing is broken', () => {
    expect(linkCheckResult([])).toEqual({ status: 'checked', brokenCount: 0, brokenLinks: [] })
  })
})

describe('sitePathOfPage', () => {
  it.each([
    ['/index.html', '/'],
    ['/nieuws/a/index.html', '/nieuws/a/'],
    ['/404.html', '/404.html'],
    ['/zoekindex.html', '/zoekindex.html'],
  ])('%s is served at %s', (page, sitePath) => {
    expect(sitePathOfPage(page)).toBe(sitePath)
  })
})

describe('dutchReason', () => {
  it.each([
    ['no such file', 'Pagina of bestand bestaat niet'],
    ['the page was removed (410)', 'Pagina is verwijderd (410)'],
    ['unsafe URL scheme', 'Onveilig adres (javascript:, vbscript: of data:)'],
    ['redirects to /nieuws/b/, which does not exist', 'Verwijst door naar /nieuws/b/, dat niet bestaat'],
    ['no element with id "contact"', 'Geen plek met id “contact” op die pagina'],
    ['something new', 'something new'],
  ])('%s', (reason, dutch) => {
    expect(dutchReason(reason)).toBe(dutch)
  })
})
