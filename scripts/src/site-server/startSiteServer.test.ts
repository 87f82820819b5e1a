import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSiteServer, type FileSent, type SiteServer } from './startSiteServer'

const RELEASE_ONE_CSP = "default-src 'self'; script-src 'self' 'sha256-een='; frame-ancestors 'none'"

let dir: string
let link: string
let site: SiteServer

function writeRelease(name: string, files: Record<string, string>): string {
  const release = path.join(dir, 'releases', name)
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(release, file)), { recursive: true })
    writeFileSync(path.join(release, file), body)
  }
  return release
}

function pointCurrentAt(release: string): void {
  const temporary = `${link}.tmp`
  symlinkSync(path.relative(path.dirname(link), release), temporary)
  renameSync(temporary, link)
}

/** A raw request: node's client sends the path as written (no `..` normalisation). */
function raw(
  pathname: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: site.port, path: pathname, method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mao-site-server-'))
  link = path.join(dir, 'current')
  writeFileSync(path.join(dir, 'secret.txt'), 'GEHEIM')
  const first = writeRelease('one', {
    'index.html': '<!doctype html><title>Eerste</title><h1>Release één</h1>',
    'nieuws/bericht/index.html': '<h1>Bericht</h1>',
    'over.html': '<h1>Over</h1>',
    '404.html': '<h1>Pagina niet gevonden</h1>',
    '_astro/app.Ab12Cd.js': `console.log(${JSON.stringify('x'.repeat(4000))})`,
    '_astro/style.Ef34.css': 'body{color:red}',
    'zoeken/klein.json': '{"klein":true}',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'photo.webp': 'RIFF',
    'fonts/noto.woff2': 'wOF2',
    'sitemap-index.xml': '<sitemapindex/>',
    'agenda.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    'agenda/bijeenkomst.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    'agenda/bijeenkomst/index.html': '<h1>Bijeenkomst</h1>',
    '.env': 'PAYLOAD_SECRET=nope',
    'leeg/.gitkeep': '',
    '_headers.json': JSON.stringify({ headers: { 'Content-Security-Policy': RELEASE_ONE_CSP } }),
  })
  writeFileSync(path.join(first, 'zoeken/klein.json.gz'), gzipSync('{"klein":"voorgecomprimeerd"}'))
  symlinkSync(path.join(dir, 'secret.txt'), path.join(first, 'escape.txt'))
  symlinkSync(path.join(dir, 'secret.txt'), path.join(first, 'over.html.gz'))
  pointCurrentAt(first)
  site = await startSiteServer({ port: 0, host: '127.0.0.1', root: link, precompressed: true })
})

afterAll(async () => {
  await site.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('site server', () => {
  it('serves index.html for the root and for folders, and .html for extensionless paths', async () => {
    const home = await raw('/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.body.toString()).toContain('Release één')
    expect((await raw('/nieuws/bericht/')).body.toString()).toContain('Bericht')
    expect((await raw('/nieuws/bericht')).body.toString()).toContain('Bericht')
    expect((await raw('/over')).body.toString()).toContain('Over')
    expect((await raw('/nieuws/bericht/?utm=x')).status).toBe(200)
  })

  it('sends the content type per extension', async () => {
    const types: Record<string, string> = {
      '/_astro/style.Ef34.css': 'text/css; charset=utf-8',
      '/_astro/app.Ab12Cd.js': 'text/javascript; charset=utf-8',
      '/logo.svg': 'image/svg+xml',
      '/photo.webp': 'image/webp',
      '/fonts/noto.woff2': 'font/woff2',
      '/sitemap-index.xml': 'application/xml; charset=utf-8',
      '/agenda.ics': 'text/calendar; charset=utf-8',
      '/agenda/bijeenkomst.ics': 'text/calendar; charset=utf-8',
      '/agenda/bijeenkomst': 'text/html; charset=utf-8',
    }
    for (const [file, type] of Object.entries(types)) {
      const response = await raw(file)
      expect(response.status, file).toBe(200)
      expect(response.headers['content-type'], file).toBe(type)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it("sends the release's security headers on every response", async () => {
    for (const pathname of ['/', '/_astro/app.Ab12Cd.js', '/photo.webp', '/bestaat/niet', '/..%2fx', '/readyz']) {
      const response = await raw(pathname)
      expect(response.headers['content-security-policy'], pathname).toBe(RELEASE_ONE_CSP)
      expect(response.headers['x-content-type-options'], pathname).toBe('nosniff')
      expect(response.headers['x-frame-options'], pathname).toBe('DENY')
      expect(response.headers['referrer-policy'], pathname).toBe('strict-origin-when-cross-origin')
      expect(response.headers['permissions-policy'], pathname).toMatch(/camera=\(\)/)
    }
  })

  it('decides caching on the file it serves, not on the URL it was asked for', async () => {
    for (const pathname of [
      '/_astro/%2e%2e/index.html',
      '/_astro/%2E%2E/index.html',
      '/_astro/.%2e/index.html',
      '/_astro/../index.html',
      '/_astro/%2e%2e/',
      '/_astro/%2e%2e/nieuws/bericht',
      '/_astro/./../over',
    ]) {
      const response = await raw(pathname)
      expect(response.status, pathname).toBe(200)
      expect(response.headers['content-type'], pathname).toBe('text/html; charset=utf-8')
      expect(response.headers['cache-control'], pathname).toBe('no-cache')
    }
    for (const pathname of [
      '/%5Fastro/style.Ef34.css',
      '/nieuws/../_astro/style.Ef34.css',
      '/_astro//style.Ef34.css',
    ]) {
      const response = await raw(pathname)
      expect(response.status, pathname).toBe(200)
      expect(response.headers['cache-control'], pathname).toBe('public, max-age=31536000, immutable')
    }
    expect((await raw('/_astro/..%2findex.html')).status).toBe(400)
    expect((await raw('/_astro/bestaat-niet.js')).headers['cache-control']).toBe('no-cache')
  })

  it('answers /healthz and /readyz without caching', async () => {
    const health = await raw('/healthz')
    expect(health.status).toBe(200)
    expect(health.body.toString()).toBe('ok')
    expect(health.headers['cache-control']).toBe('no-store')
    const ready = await raw('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.headers['cache-control']).toBe('no-store')
    expect((await raw('/healthz', { method: 'HEAD' })).status).toBe(200)
  })

  it('caches hashed assets for a year and makes HTML revalidate', async () => {
    expect((await raw('/_astro/style.Ef34.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await raw('/')).headers['cache-control']).toBe('no-cache')
    expect((await raw('/nieuws/bericht')).headers['cache-control']).toBe('no-cache')
    expect((await raw('/photo.webp')).headers['cache-control']).toBe('public, max-age=3600')
    // A rebuild changes the agenda feed under the same name.
    expect((await raw('/agenda.ics')).headers['cache-control']).toBe('no-cache')
  })

  it('answers 304 to a matching ETag', async () => {
    const first = await raw('/')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^W\/"/)
    const again = await raw('/', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('gzips large text files for clients that accept it', async () => {
    const response = await raw('/_astro/app.Ab12Cd.js', { headers: { 'accept-encoding': 'gzip, br' } })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.body.length).toBeLessThan(1000)
    expect(gunzipSync(response.body).toString()).toContain('xxxx')
    const plain = await raw('/_astro/app.Ab12Cd.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
  })

  it('serves repeated requests from its cache with the encoding each client asked for', async () => {
    const gzipHeaders = { 'accept-encoding': 'gzip' }
    const first = await raw('/_astro/app.Ab12Cd.js', { headers: gzipHeaders })
    const plain = await raw('/_astro/app.Ab12Cd.js')
    const second = await raw('/_astro/app.Ab12Cd.js', { headers: gzipHeaders })
    expect(second.headers['content-encoding']).toBe('gzip')
    expect(second.body.equals(first.body)).toBe(true)
    expect(Number(second.headers['content-length'])).toBe(second.body.length)
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy'])
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(gunzipSync(second.body).toString())
    const revalidated = await raw('/_astro/app.Ab12Cd.js', {
      headers: { ...gzipHeaders, 'if-none-match': String(second.headers.etag) },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
  })

  it('sends a precompressed .gz sibling as is to clients that accept gzip, whatever its size', async () => {
    const gzipped = await raw('/zoeken/klein.json', { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(gzipped.headers.vary).toBe('Accept-Encoding')
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length)
    expect(gunzipSync(gzipped.body).toString()).toBe('{"klein":"voorgecomprimeerd"}')
    const plain = await raw('/zoeken/klein.json')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe('{"klein":true}')
    expect(plain.headers.etag).not.toBe(gzipped.headers.etag)
  })

  it('leaves .gz siblings alone unless asked to send precompressed files', async () => {
    const plainServer = await startSiteServer({ port: 0, host: '127.0.0.1', root: link })
    try {
      const response = await fetch(`${plainServer.url}/zoeken/klein.json`, { headers: { 'accept-encoding': 'gzip' } })
      expect(response.headers.get('content-encoding')).toBeNull()
      expect(await response.text()).toBe('{"klein":true}')
    } finally {
      await plainServer.close()
    }
  })

  it('never sends a .gz sibling that leads out of the release', async () => {
    const response = await raw('/over', { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).toContain('Over')
  })

  it('tells onFileSent the bytes of every file body it sent, compressed when compressed', async () => {
    const sent: FileSent[] = []
    const counting = await startSiteServer({
      port: 0,
      host: '127.0.0.1',
      root: link,
      onFileSent: (file) => sent.push(file),
    })
    try {
      const zipped = await fetch(`${counting.url}/_astro/app.Ab12Cd.js`, { headers: { 'accept-encoding': 'gzip' } })
      const zippedBytes = (await zipped.arrayBuffer()).byteLength
      await fetch(`${counting.url}/zoeken/klein.json`, { headers: { 'accept-encoding': 'identity' } }).then((r) =>
        r.text(),
      )
      await fetch(`${counting.url}/bestaat/niet`).then((r) => r.text())
      // The server reports once its side of the stream has finished, which may be after the client read it.
      await vi.waitFor(() => expect(sent).toHaveLength(3))
      expect(sent.map(({ urlPath, status }) => [urlPath, status])).toEqual([
        ['/_astro/app.Ab12Cd.js', 200],
        ['/zoeken/klein.json', 200],
        ['/bestaat/niet', 404],
      ])
      expect(sent[0]!.bytes).toBeLessThan(1000)
      expect(sent[0]!.bytes).toBeGreaterThan(0)
      expect(sent[1]!.bytes).toBe('{"klein":true}'.length)
      expect(zippedBytes).toBeGreaterThan(4000) // fetch decodes the body
    } finally {
      await counting.close()
    }
  })

  it('serves 404.html with status 404 for unknown paths', async () => {
    const response = await raw('/bestaat/niet')
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body.toString()).toContain('Pagina niet gevonden')
    expect((await raw('/leeg/')).status).toBe(404)
  })

  it('refuses paths that leave the release, and hidden files', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/nieuws/..%2f..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/escape.txt',
      '/.env',
      '/%00',
    ]) {
      const response = await raw(attempt)
      expect([400, 404], attempt).toContain(response.status)
      expect(response.body.toString(), attempt).not.toMatch(/GEHEIM|PAYLOAD_SECRET/)
    }
    expect((await raw('/..%2fsecret.txt')).status).toBe(400)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw('/', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    const post = await raw('/', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })

  it('serves a new release as soon as the symlink is swapped, without restarting', async () => {
    const second = writeRelease('two', { 'index.html': '<h1>Release twee</h1>', '_headers.json': '{"headers":{}}' })
    pointCurrentAt(second)
    expect((await raw('/')).body.toString()).toContain('Release twee')
    const first = path.join(dir, 'releases', 'one')
    pointCurrentAt(first)
    expect((await raw('/')).body.toString()).toContain('Release één')
  })

  it('sends the fallback headers for a release without a header file', async () => {
    const second = writeRelease('zonder-headers', { 'index.html': '<h1>Zonder headers</h1>' })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      pointCurrentAt(second)
      const response = await raw('/')
      expect(response.body.toString()).toContain('Zonder headers')
      expect(response.headers['content-security-policy']).toMatch(/^default-src 'self';.*frame-ancestors 'none'$/)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
    } finally {
      pointCurrentAt(path.join(dir, 'releases', 'one'))
      warn.mockRestore()
    }
    expect((await raw('/')).headers['content-security-policy']).toBe(RELEASE_ONE_CSP)
  })

  it('answers 503 with a Dutch page while no release exists, and keeps serving once one does', async () => {
    const waiting = path.join(dir, 'wachtend')
    const empty = await startSiteServer({ port: 0, host: '127.0.0.1', root: waiting })
    try {
      for (const pathname of ['/', '/nieuws/bericht', '/_astro/app.Ab12Cd.js']) {
        const response = await fetch(`${empty.url}${pathname}`)
        expect(response.status).toBe(503)
        expect(response.headers.get('retry-after')).toBe('30')
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
        expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
        expect(await response.text()).toContain('De website wordt gebouwd')
      }
      expect((await fetch(`${empty.url}/healthz`)).status).toBe(200)
      const notReady = await fetch(`${empty.url}/readyz`)
      expect(notReady.status).toBe(503)
      expect(notReady.headers.get('cache-control')).toBe('no-store')

      // A half release (a folder without index.html) is no release either.
      const half = writeRelease('half', { '_astro/app.js': 'x', '_headers.json': '{"headers":{}}' })
      symlinkSync(half, waiting)
      expect((await fetch(`${empty.url}/`)).status).toBe(503)
      expect((await fetch(`${empty.url}/_astro/app.js`)).status).toBe(503)
      expect((await fetch(`${empty.url}/readyz`)).status).toBe(503)

      writeFileSync(path.join(half, 'index.html'), '<h1>Nu compleet</h1>')
      expect(await (await fetch(`${empty.url}/`)).text()).toContain('Nu compleet')
      expect((await fetch(`${empty.url}/readyz`)).status).toBe(200)

      // The link removed again (a broken deploy): back to 503, the process keeps running.
      rmSync(waiting)
      expect((await fetch(`${empty.url}/`)).status).toBe(503)
      expect((await fetch(`${empty.url}/readyz`)).status).toBe(503)
      expect((await fetch(`${empty.url}/healthz`)).status).toBe(200)
    } finally {
      await empty.close()
    }
  })
})
