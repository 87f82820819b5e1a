import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSiteServer, type SiteServer } from './startSiteServer'

let dir: string
let withBuild: SiteServer
let withoutBuild: SiteServer

/** A raw request: node's client sends the path as written (no `..` normalisation). */
function get(site: SiteServer, pathname: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: site.port, path: pathname }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mao-preview-mount-'))
  const build = path.join(dir, 'preview')
  mkdirSync(path.join(build, 'server'), { recursive: true })
  mkdirSync(path.join(build, 'client/voorbeeld/_astro'), { recursive: true })
  // Stands in for Astro's Node middleware: echoes the address it was asked to render.
  writeFileSync(
    path.join(build, 'server/entry.mjs'),
    `export const handler = async (req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('gerenderd ' + req.url) }`,
  )
  writeFileSync(path.join(build, 'client/voorbeeld/_astro/site.abc123.css'), 'body{}')
  writeFileSync(path.join(build, 'server/geheim.txt'), 'serverbestand')
  const root = path.join(dir, 'no-release')
  withBuild = await startSiteServer({ port: 0, host: '127.0.0.1', root, previewDir: build })
  withoutBuild = await startSiteServer({ port: 0, host: '127.0.0.1', root, previewDir: path.join(dir, 'missing') })
})

afterAll(async () => {
  await withBuild?.close()
  await withoutBuild?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the /voorbeeld/ mount of the site server', () => {
  it('hands previews to the preview build, never cached or indexed, even without a release', async () => {
    const response = await get(withBuild, '/voorbeeld/news/12?token=abc')
    expect(response.status).toBe(200)
    expect(response.body).toBe('gerenderd /voorbeeld/news/12?token=abc')
    expect(response.headers['x-robots-tag']).toContain('noindex')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['x-frame-options']).toBe('DENY')
  })

  it('serves the build’s hashed assets as files and nothing outside its client folder', async () => {
    const css = await get(withBuild, '/voorbeeld/_astro/site.abc123.css')
    expect(css.status).toBe(200)
    expect(css.headers['content-type']).toContain('text/css')
    const escape = await get(withBuild, '/voorbeeld/_astro/../../../server/geheim.txt')
    expect(escape.body).not.toContain('serverbestand')
  })

  it('leaves every other address to the release', async () => {
    expect((await get(withBuild, '/nieuws/iets')).status).toBe(503)
  })

  it('answers 503, not indexed, until the preview build exists, then uses it', async () => {
    const response = await get(withoutBuild, '/voorbeeld/news/12?token=abc')
    expect(response.status).toBe(503)
    expect(response.headers['x-robots-tag']).toContain('noindex')
    mkdirSync(path.join(dir, 'missing/server'), { recursive: true })
    writeFileSync(
      path.join(dir, 'missing/server/entry.mjs'),
      `export const handler = async (req, res) => { res.writeHead(200); res.end('later') }`,
    )
    expect((await get(withoutBuild, '/voorbeeld/news/12?token=abc')).body).toBe('later')
  })
})
