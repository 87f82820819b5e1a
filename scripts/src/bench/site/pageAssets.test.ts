import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pageReferences, pageWeight, staticImports } from './pageAssets'

let dist: string
const write = (file: string, content: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true })
  writeFileSync(path.join(dist, file), content)
}

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'mao-page-assets-'))
})
afterEach(() => rmSync(dist, { recursive: true, force: true }))

describe('pageReferences', () => {
  it('finds scripts, module preloads, island code and stylesheets, and skips JSON-LD', () => {
    const refs = pageReferences(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href='/_astro/b.js'>
      <link rel="icon" href="/favicon.svg"><script type="application/ld+json">{"@type":"Thing"}</script>
      <style>.x{color:red}</style></head><body>
      <astro-island uid="1" component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>
      <script type="module" src="/_astro/page.js"></script><script>console.log(1)</script></body></html>`)
    expect(refs.css).toEqual(['/_astro/a.css'])
    expect(refs.js).toEqual(['/_astro/page.js', '/_astro/b.js', '/_astro/Island.js', '/_astro/client.js'])
    expect(refs.inlineJs).toEqual(['console.log(1)'])
    expect(refs.inlineCss).toEqual(['.x{color:red}'])
  })

  it('follows static imports only, not dynamic ones or package names', () => {
    const source =
      'import{a as b}from"./chunk.js";import"./side.js";export*from"../x/re.js";import("./lazy.js");import"react"'
    expect(staticImports(source)).toEqual(['./chunk.js', './side.js', '../x/re.js'])
  })
})

describe('pageWeight', () => {
  it('sums raw and gzip bytes of the files a page loads, imports included, each file once', () => {
    write(
      'nieuws/bericht/index.html',
      '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/p.js"></script><script type="module" src="/_astro/p.js"></script>',
    )
    write('_astro/s.css', 'body{margin:0}'.repeat(50))
    write('_astro/p.js', 'import"./dep.js";console.log("p")')
    write('_astro/dep.js', 'console.log("dep")')
    const weight = pageWeight(dist, '/nieuws/bericht')
    expect(weight.js.files).toEqual(['/_astro/p.js', '/_astro/dep.js'])
    expect(weight.js.raw).toBe(33 + 18)
    expect(weight.css.raw).toBe(700)
    expect(weight.css.gzip).toBeGreaterThan(0)
    expect(weight.css.gzip).toBeLessThan(weight.css.raw)
  })

  it('reports no JavaScript for a page without scripts', () => {
    write('index.html', '<html><body><h1>Home</h1><script type="application/ld+json">{}</script></body></html>')
    expect(pageWeight(dist, '/').js).toEqual({ files: [], raw: 0, gzip: 0 })
  })

  it('refuses missing pages, missing assets and assets from other origins instead of counting zero', () => {
    expect(() => pageWeight(dist, '/nergens')).toThrow(/has no page \/nergens/)
    write('index.html', '<script src="/_astro/weg.js"></script>')
    expect(() => pageWeight(dist, '/')).toThrow(/\/_astro\/weg.js, which the build did not write/)
    write('index.html', '<script src="https://cdn.example.org/x.js"></script>')
    expect(() => pageWeight(dist, '/')).toThrow(/from another origin/)
  })
})
