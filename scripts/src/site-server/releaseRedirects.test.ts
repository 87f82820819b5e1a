import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSiteServer, type SiteServer } from './startSiteServer'

let dir: string
let site: SiteServer

function writeRelease(root: string, files: Record<string, string>): void {
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), body)
  }
}

const get = (sitePath: string) => fetch(`${site.url}${sitePath}`, { redirect: 'manual' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mao-site-redirects-'))
  writeRelease(dir, {
    'index.html': '<h1>Home</h1>',
    'nieuws/nieuw/index.html': '<h1>Nieuw</h1>',
    'nieuws/blijft/index.html': '<h1>Blijft</h1>',
    '404.html': '<h1>Pagina niet gevonden</h1>',
    '410/index.html': '<h1>Pagina verwijderd</h1>',
    '_headers.json': JSON.stringify({ headers: { 'X-Frame-Options': 'DENY' } }),
    '_redirects.json': JSON.stringify({
      redirects: [
        { from: '/nieuws/oud', status: 301, to: '/nieuws/nieuw' },
        { from: '/elders', status: 301, to: 'https://example.org/x' },
        { from: '/weg', status: 410 },
        // A page of the release wins over a redirect from its path.
        { from: '/nieuws/blijft', status: 301, to: '/nieuws/nieuw' },
        // Damaged rules are skipped, the others still work.
        { from: '/kapot', status: 301, to: 'https://example.org/\r\nSet-Cookie: x' },
        { from: 'geen-pad', status: 410 },
      ],
    }),
  })
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  site = await startSiteServer({ port: 0, host: '127.0.0.1', root: dir })
})

afterAll(async () => {
  await site.close()
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('site server redirects', () => {
  it('answers 301 with the new address, with or without a trailing slash or query', async () => {
    for (const sitePath of ['/nieuws/oud', '/nieuws/oud/', '/nieuws/oud?utm=x']) {
      const response = await get(sitePath)
      expect(response.status, sitePath).toBe(301)
      expect(response.headers.get('location'), sitePath).toBe('/nieuws/nieuw')
      expect(response.headers.get('x-frame-options'), sitePath).toBe('DENY')
    }
    expect((await get('/elders')).headers.get('location')).toBe('https://example.org/x')
  })

  it('answers 410 with the removal page for a removed path', async () => {
    const response = await get('/weg/')
    expect(response.status).toBe(410)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('Pagina verwijderd')
  })

  it('serves a page over a redirect from its path, and 404 where there is neither', async () => {
    const page = await get('/nieuws/blijft')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Blijft')
    expect((await get('/kapot')).status).toBe(404)
    expect((await get('/onbekend')).status).toBe(404)
  })
})
