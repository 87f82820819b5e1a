/**
 * Link checker for the built site: every internal href, src and srcset in dist/ must resolve
 * to a file, and every #fragment to an id on the target page. Absolute links to SITE_URL count
 * as internal. Unsafe schemes (javascript:, data: in links, vbscript:) are errors too.
 *
 * Redirects the build wrote (`_redirects.json`) count as resolved: a link to an old path that
 * redirects (301) to an existing page is not broken but listed under `redirected`, so editors can
 * update it; a link to a removed path (410), or to a redirect that leads nowhere, is broken.
 *
 *   node scripts/check-links.ts [distDir] [--site=https://example.org] [--ignore=/path]…
 *
 * Exits with 1 and lists every broken link when there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export interface BrokenLink {
  page: string
  attribute: string
  url: string
  reason: string
}

export interface RedirectedLink {
  page: string
  attribute: string
  url: string
  /** Where the old path redirects to. */
  to: string
}

export interface LinkReport {
  pages: number
  links: number
  broken: BrokenLink[]
  redirected: RedirectedLink[]
}

const ATTRIBUTE = /\s(href|src|srcset|poster|action)\s*=\s*"([^"]*)"/gi
const META_URL = /<meta\s+(?:property|name)="(?:og:image|og:url|twitter:image)"\s+content="([^"]*)"/gi
const ID = /\sid\s*=\s*"([^"]*)"/gi
const UNSAFE = /^\s*(javascript|vbscript|data):/i
const EXTERNAL = /^(https?:)?\/\//i
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:/i

const decodeEntities = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')

function htmlFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...htmlFiles(full))
    else if (entry.name.endsWith('.html')) files.push(full)
  }
  return files
}

/** The file a site path is served from, if any: /a → a, a.html or a/index.html. */
function resolvePath(distDir: string, sitePath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(sitePath)
  } catch {
    return undefined
  }
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '')
  if (relative.startsWith('..')) return undefined
  const base = path.join(distDir, relative)
  const candidates = [base, `${base}.html`, path.join(base, 'index.html')]
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

/**
 * The release's redirects file and rules (`RELEASE_REDIRECTS_JSON` and `RedirectRule` in
 * @mao/shared/redirects, restated here: this script runs under plain Node, without a bundler).
 */
const REDIRECTS_FILE = '_redirects.json'
type RedirectRule = { from: string; status: 301; to: string } | { from: string; status: 410 }

/** The build's redirects by old path, none when it wrote no file. */
function readRedirects(distDir: string): Map<string, RedirectRule> {
  const file = path.join(distDir, REDIRECTS_FILE)
  if (!existsSync(file)) return new Map()
  const { redirects } = JSON.parse(readFileSync(file, 'utf8')) as { redirects: RedirectRule[] }
  return new Map(redirects.map((rule) => [rule.from, rule]))
}

const redirectKey = (sitePath: string): string => `/${sitePath.split('/').filter(Boolean).join('/')}`

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file)
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((match) => decodeEntities(match[1] ?? '')))
    cache.set(file, ids)
  }
  return ids
}

/** Split a srcset into its URLs. */
const srcsetUrls = (value: string): string[] =>
  value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)

export interface CheckOptions {
  /** Absolute links to this origin are checked as internal links. */
  siteUrl?: string
  /** Site paths served by something else than this build (checked elsewhere), e.g. '/api'. */
  ignorePaths?: string[]
}

const isIgnored = (sitePath: string, ignorePaths: string[]): boolean =>
  ignorePaths.some((prefix) => sitePath === prefix || sitePath.startsWith(`${prefix.replace(/\/+$/, '')}/`))

export function checkLinks(distDir: string, options: CheckOptions = {}): LinkReport {
  const ignorePaths = options.ignorePaths ?? []
  const site = options.siteUrl ? new URL(options.siteUrl) : undefined
  const idCache = new Map<string, Set<string>>()
  const broken: BrokenLink[] = []
  const redirected: RedirectedLink[] = []
  const redirects = readRedirects(distDir)
  const pages = htmlFiles(distDir)
  let links = 0
  for (const file of pages) {
    const html = readFileSync(file, 'utf8')
    const page = `/${path.relative(distDir, file).split(path.sep).join('/')}`
    const found: { attribute: string; url: string }[] = []
    for (const [, attribute = '', raw = ''] of html.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(raw)
      const name = attribute.toLowerCase()
      if (name === 'srcset') srcsetUrls(value).forEach((url) => found.push({ attribute: name, url }))
      else found.push({ attribute: name, url: value })
    }
    for (const [, raw = ''] of html.matchAll(META_URL)) found.push({ attribute: 'meta', url: decodeEntities(raw) })

    for (const { attribute, url } of found) {
      links += 1
      if (UNSAFE.test(url)) {
        broken.push({ page, attribute, url, reason: 'unsafe URL scheme' })
        continue
      }
      let target = url
      if (EXTERNAL.test(url)) {
        const parsed = new URL(url, 'http://placeholder')
        if (!site || parsed.origin !== site.origin) continue
        target = `${parsed.pathname}${parsed.search}${parsed.hash}`
      } else if (OTHER_SCHEME.test(url)) {
        continue // mailto:, tel:
      }
      if (attribute === 'action') continue // forms post to other services; checked by their own tests
      const [withoutHash = '', hash] = target.split('#', 2)
      const sitePath = withoutHash.split('?', 1)[0] ?? ''
      if (isIgnored(sitePath, ignorePaths)) continue
      const resolved =
        sitePath === ''
          ? file
          : sitePath.startsWith('/')
            ? resolvePath(distDir, sitePath)
            : resolvePath(distDir, path.posix.join(path.posix.dirname(page), sitePath))
      if (!resolved) {
        const redirect = sitePath.startsWith('/') ? redirects.get(redirectKey(sitePath)) : undefined
        if (redirect?.status === 410) broken.push({ page, attribute, url, reason: 'the page was removed (410)' })
        else if (redirect && (!redirect.to.startsWith('/') || resolvePath(distDir, redirect.to)))
          redirected.push({ page, attribute, url, to: redirect.to })
        else if (redirect)
          broken.push({ page, attribute, url, reason: `redirects to ${redirect.to}, which does not exist` })
        else broken.push({ page, attribute, url, reason: 'no such file' })
        continue
      }
      if (hash && resolved.endsWith('.html') && !idsOf(resolved, idCache).has(decodeURIComponent(hash))) {
        broken.push({ page, attribute, url, reason: `no element with id "${hash}"` })
      }
    }
  }
  return { pages: pages.length, links, broken, redirected }
}
