import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pagePaths, releaseRequests, requestMix } from './requestMix'

describe('request mix of the site load test', () => {
  it('turns index files into folder paths and leaves the 404 page out', () => {
    expect(pagePaths(['index.html', 'nieuws/index.html', 'nieuws/a/index.html', '404.html', 'zoeken.html'])).toEqual([
      '/',
      '/nieuws/',
      '/nieuws/a/',
      '/zoeken.html',
    ])
  })

  it('percent-encodes paths with characters outside ASCII', () => {
    expect(pagePaths(['nieuws/één/index.html', 'a b.html'])).toEqual(['/a%20b.html', '/nieuws/%C3%A9%C3%A9n/'])
  })

  it('alternates pages with assets and spreads at most maxPages pages over the site', () => {
    const pages = Array.from({ length: 10 }, (_, index) => `/p${index}/`)
    expect(requestMix(pages, ['/_astro/a.css', '/_astro/b.js'], 5)).toEqual([
      '/p0/',
      '/_astro/a.css',
      '/p2/',
      '/_astro/b.js',
      '/p4/',
      '/_astro/a.css',
      '/p6/',
      '/_astro/b.js',
      '/p8/',
      '/_astro/a.css',
    ])
    expect(requestMix(['/'], [])).toEqual(['/'])
    expect(() => requestMix([], ['/_astro/a.css'])).toThrow(/no pages/)
  })

  it('reads pages and _astro assets from a release folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mao-mix-'))
    try {
      for (const file of ['index.html', '404.html', 'nieuws/index.html', '_astro/site.abc.css', 'robots.txt']) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
        writeFileSync(path.join(root, file), 'x')
      }
      expect(releaseRequests(root)).toEqual(['/', '/_astro/site.abc.css', '/nieuws/', '/_astro/site.abc.css'])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
