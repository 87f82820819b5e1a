import { readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The URL path of a file in the release, percent-encoded (a raw `é` in the request line is
 * refused by both servers).
 */
export const urlPath = (file: string): string => `/${file.split('/').map(encodeURIComponent).join('/')}`

/** URL paths of a release's pages: `index.html` files as their folder (`/nieuws/`), others as is. */
export function pagePaths(htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .filter((file) => file !== '404.html')
    .map((file) => urlPath(file.replace(/(^|\/)index\.html$/, '$1')))
    .sort()
}

/**
 * The requests of the site load test: up to `maxPages` pages spread over the whole site, each
 * followed by one of the `_astro` assets in turn, so half the requests are pages and half are
 * the hashed CSS/JS/fonts/images that pages load.
 */
export function requestMix(pages: readonly string[], assets: readonly string[], maxPages = 50): string[] {
  if (pages.length === 0) throw new Error('The release has no pages')
  const step = Math.max(1, Math.floor(pages.length / maxPages))
  const chosen = pages.filter((_, index) => index % step === 0).slice(0, maxPages)
  return chosen.flatMap((page, index) => (assets.length ? [page, assets[index % assets.length]!] : [page]))
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full, base)
    return [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** The release's pages and `_astro` assets as URL paths. */
export function releaseRequests(root: string, maxPages?: number): string[] {
  const files = filesUnder(root)
  const assets = files.filter((file) => file.startsWith('_astro/')).map(urlPath)
  return requestMix(pagePaths(files.filter((file) => file.endsWith('.html'))), assets, maxPages)
}
