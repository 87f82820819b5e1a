import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RELEASE_REDIRECTS_JSON } from '@mao/shared/redirects'
import { checkLinks } from './check-links'

let dist: string
const write = (file: string, content: string) => {
  const full = path.join(dist, file)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, content)
}

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'mao-links-'))
  write(
    'index.html',
    '<main id="inhoud"><a href="/nieuws">Nieuws</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w"></main>',
  )
  write('nieuws/index.html', '<h1 id="top">Nieuws</h1><a href="#top">Boven</a><a href="/nieuws#top">Boven</a>')
  write('_astro/a.webp', 'x')
  write('_astro/b.webp', 'x')
})

afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('checkLinks', () => {
  it('passes a site where every link resolves', () => {
    const report = checkLinks(dist, { siteUrl: 'https://site.example' })
    expect(report.broken).toEqual([])
    expect(report.pages).toBe(2)
    expect(report.links).toBe(6)
  })

  it('reports missing pages, srcset entries and fragments', () => {
    write(
      'over/index.html',
      '<a href="/bestaat-niet">x</a><img srcset="/_astro/a.webp 1x, /_astro/weg.webp 2x"><a href="/nieuws#nergens">y</a>',
    )
    const broken = checkLinks(dist).broken.map(({ url, reason }) => `${url} ${reason}`)
    expect(broken).toEqual([
      '/bestaat-niet no such file',
      '/_astro/weg.webp no such file',
      '/nieuws#nergens no element with id "nergens"',
    ])
  })

  it('checks absolute links to the site itself and ignores other sites, mail and phone', () => {
    write(
      'a/index.html',
      '<meta property="og:image" content="https://site.example/og.png"><a href="https://elders.example/x">x</a><a href="mailto:a@b.nl">m</a><a href="tel:+31">t</a>',
    )
    const broken = checkLinks(dist, { siteUrl: 'https://site.example' }).broken
    expect(broken.map((link) => link.url)).toEqual(['https://site.example/og.png'])
  })

  it('flags unsafe schemes', () => {
    write('b/index.html', '<a href="javascript:alert(1)">x</a><a href=" JAVASCRIPT:void(0)">y</a>')
    expect(checkLinks(dist).broken.map((link) => link.reason)).toEqual(['unsafe URL scheme', 'unsafe URL scheme'])
  })

  it('ignores paths served by something else, and query strings', () => {
    write('c/index.html', '<a href="/api/media/file/x.pdf">pdf</a><a href="/nieuws?pagina=2">q</a>')
    expect(checkLinks(dist, { ignorePaths: ['/api'] }).broken).toEqual([])
  })

  it('does not escape the dist directory', () => {
    write('d/index.html', '<a href="/../../etc/passwd">x</a>')
    expect(checkLinks(dist).broken).toHaveLength(1)
  })

  it("resolves links to old paths through the build's redirects, and lists them", () => {
    write(
      RELEASE_REDIRECTS_JSON,
      JSON.stringify({
        redirects: [
          { from: '/nieuws/oud', status: 301, to: '/nieuws' },
          { from: '/elders', status: 301, to: 'https://example.org/' },
          { from: '/weg', status: 410 },
          { from: '/nergens', status: 301, to: '/bestaat-niet' },
        ],
      }),
    )
    write(
      'links.html',
      ['/nieuws/oud/', '/elders', '/weg', '/nergens'].map((href) => `<a href="${href}">x</a>`).join(''),
    )
    const report = checkLinks(dist)
    expect(report.redirected.map(({ url, to }) => `${url} ${to}`)).toEqual([
      '/nieuws/oud/ /nieuws',
      '/elders https://example.org/',
    ])
    expect(report.broken.map(({ url, reason }) => `${url} ${reason}`)).toEqual([
      '/weg the page was removed (410)',
      '/nergens redirects to /bestaat-niet, which does not exist',
    ])
  })
})
