import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Bytes {
  raw: number
  gzip: number
}

export interface AssetGroup extends Bytes {
  /** Site paths of the files, plus `inline#N` for inline blocks. */
  files: string[]
}

export interface PageWeight {
  page: string
  html: Bytes
  /** What the page loads before any interaction: scripts, module preloads, island components and renderers, and their static imports. */
  js: AssetGroup
  /** Stylesheets linked or inlined in the page. */
  css: AssetGroup
}

const bytesOf = (content: Buffer | string): Bytes => {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length }
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined)

/** Script types the browser does not run as JavaScript (JSON-LD, import maps and the like). */
const isDataScript = (type: string | undefined) =>
  type !== undefined && !/^(module|text\/javascript|application\/javascript)$/i.test(type.trim())

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a JavaScript module; dynamic import() is left out. */
export function staticImports(source: string): string[] {
  const pattern = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["']([^"']+)["']/g
  return [...source.matchAll(pattern)].map((match) => match[1]!).filter((specifier) => /^\.{0,2}\//.test(specifier))
}

/** References of an HTML page: external JS and CSS URLs, and inline script and style bodies. */
export function pageReferences(html: string): { js: string[]; css: string[]; inlineJs: string[]; inlineCss: string[] } {
  const js: string[] = []
  const css: string[] = []
  const inlineJs: string[] = []
  const inlineCss: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script ${match[1]}>`
    if (isDataScript(attribute(tag, 'type'))) continue
    const src = attribute(tag, 'src')
    if (src) js.push(src)
    else if (match[2]!.trim()) inlineJs.push(match[2]!)
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(match[0], 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attribute(match[0], 'href')
    if (!href) continue
    if (rel.includes('stylesheet')) css.push(href)
    if (rel.includes('modulepreload')) js.push(href)
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(match[0], name)
      if (url) js.push(url)
    }
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) inlineCss.push(match[1]!)
  return { js, css, inlineJs, inlineCss }
}

/** The built file for a same-site URL; throws for other origins or missing files, which the figures would hide. */
function fileFor(distDir: string, url: string, base: string): { sitePath: string; file: string } {
  const resolved = new URL(url, `http://site.invalid${base}`)
  if (resolved.origin !== 'http://site.invalid') throw new Error(`${base} loads ${url} from another origin`)
  const sitePath = decodeURIComponent(resolved.pathname)
  const file = path.join(distDir, sitePath)
  if (!existsSync(file)) throw new Error(`${base} refers to ${sitePath}, which the build did not write`)
  return { sitePath, file }
}

function group(
  distDir: string,
  pagePath: string,
  urls: string[],
  inline: string[],
  followImports: boolean,
): AssetGroup {
  const seen = new Set<string>()
  const files: string[] = []
  let raw = 0
  let gzip = 0
  const queue = urls.map((url) => ({ url, base: pagePath }))
  while (queue.length > 0) {
    const { url, base } = queue.shift()!
    const { sitePath, file } = fileFor(distDir, url, base)
    if (seen.has(sitePath)) continue
    seen.add(sitePath)
    const content = readFileSync(file)
    const bytes = bytesOf(content)
    files.push(sitePath)
    raw += bytes.raw
    gzip += bytes.gzip
    if (followImports) queue.push(...staticImports(content.toString()).map((next) => ({ url: next, base: sitePath })))
  }
  inline.forEach((body, index) => {
    const bytes = bytesOf(body)
    files.push(`inline#${index + 1}`)
    raw += bytes.raw
    gzip += bytes.gzip
  })
  return { files, raw, gzip }
}

/** JS and CSS bytes (raw and gzip, each file compressed on its own as a server sends it) of one built page. */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const htmlFile = path.join(distDir, pagePath, 'index.html')
  if (!existsSync(htmlFile)) throw new Error(`The build has no page ${pagePath} (${htmlFile})`)
  const html = readFileSync(htmlFile, 'utf8')
  const refs = pageReferences(html)
  return {
    page: pagePath,
    html: bytesOf(html),
    js: group(distDir, pagePath, refs.js, refs.inlineJs, true),
    css: group(distDir, pagePath, refs.css, refs.inlineCss, false),
  }
}
