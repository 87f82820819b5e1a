import type { Stats } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'

export type Resolution =
  | {
      kind: 'file'
      file: string
      /** The file's path inside the release, from its root (`/_astro/app.js`): what caching is decided on. */
      releasePath: string
      stats: Stats
      gzipped?: { file: string; stats: Stats }
    }
  | { kind: 'not-found' }
  | { kind: 'bad-request' }

/** Decoded path segments of a request, or undefined when the path is unusable or escapes the root. */
export function requestSegments(rawUrl: string): string[] | undefined {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://site.invalid').pathname)
  } catch {
    return undefined
  }
  const segments = pathname.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))) return undefined
  return segments
}

const isHidden = (segment: string) => segment.startsWith('.') && segment !== '.well-known'

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file)
  } catch {
    return undefined
  }
}

/** The real path of `file` when it lies inside `root` (symlinks followed), else undefined. */
async function inside(root: string, file: string): Promise<string | undefined> {
  try {
    const real = await realpath(file)
    return real === root || real.startsWith(root + path.sep) ? real : undefined
  } catch {
    return undefined
  }
}

/** A regular file at the real path of `file` inside `root`. */
async function fileInside(root: string, file: string): Promise<{ file: string; stats: Stats } | undefined> {
  const real = await inside(root, file)
  const stats = real ? await statOrUndefined(real) : undefined
  return real && stats?.isFile() ? { file: real, stats } : undefined
}

/** `/`-separated path of `file` from `root`, with a leading slash. */
const releasePathOf = (root: string, file: string): string => `/${path.relative(root, file).split(path.sep).join('/')}`

/**
 * Map a request to a file of the release in `root` (a real path, symlinks resolved). Directories
 * serve their `index.html`; `/about` also finds `about.html`. With `withGzip`, a precompressed
 * `<file>.gz` beside the file is reported too (like nginx's gzip_static).
 */
export async function resolveRequestFile(
  root: string,
  rawUrl: string,
  { withGzip = false }: { withGzip?: boolean } = {},
): Promise<Resolution> {
  const segments = requestSegments(rawUrl)
  if (!segments) return { kind: 'bad-request' }
  if (segments.some(isHidden)) return { kind: 'not-found' }
  const target = path.join(root, ...segments)
  const candidates = [target, path.join(target, 'index.html')]
  if (segments.length > 0) candidates.push(`${target}.html`)
  for (const candidate of candidates) {
    const found = await fileInside(root, candidate)
    if (!found) continue
    const gzipped = withGzip ? await fileInside(root, `${found.file}.gz`) : undefined
    return { kind: 'file', ...found, releasePath: releasePathOf(root, found.file), gzipped }
  }
  return { kind: 'not-found' }
}
