import path from 'node:path'
import {
  normalizeRedirectPath,
  normalizeRedirectTarget,
  RELEASE_REDIRECTS_JSON,
  type RedirectRule,
} from '@mao/shared/redirects'
import { readReleaseJson } from './readReleaseJson'
import { requestSegments } from './resolveRequestFile'

/** A release's redirects by old path (normalized: no trailing slash). */
export type Redirects = ReadonlyMap<string, RedirectRule>

const MAX_FILE_BYTES = 8 * 1024 * 1024

const validRule = (rule: unknown): RedirectRule | undefined => {
  const { from, status, to } = (rule ?? {}) as Record<string, unknown>
  const path = normalizeRedirectPath(from)
  if (!path) return undefined
  if (status === 410) return { from: path, status }
  const target = normalizeRedirectTarget(to)
  return status === 301 && target ? { from: path, status, to: target } : undefined
}

/**
 * The redirects the build wrote into the release in `root` (`_redirects.json`). A release without
 * the file (an older build) has none; a damaged file or rule is skipped with a warning, never
 * failing the pages themselves.
 */
export async function readRedirects(root: string): Promise<Redirects> {
  const file = path.join(root, RELEASE_REDIRECTS_JSON)
  let parsed: unknown
  try {
    parsed = await readReleaseJson(root, RELEASE_REDIRECTS_JSON, MAX_FILE_BYTES)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`Site server: no usable ${file} (${(error as Error).message}); serving without redirects.`)
    return new Map()
  }
  const list = (parsed as { redirects?: unknown } | null)?.redirects
  const redirects = new Map<string, RedirectRule>()
  for (const entry of Array.isArray(list) ? list : []) {
    const rule = validRule(entry)
    if (rule) redirects.set(rule.from, rule)
    else console.warn(`Site server: ignoring an invalid redirect in ${file}.`)
  }
  return redirects
}

/** The redirect for a requested URL, with or without a trailing slash. */
export function redirectFor(redirects: Redirects, rawUrl: string): RedirectRule | undefined {
  if (redirects.size === 0) return undefined
  const segments = requestSegments(rawUrl)
  return segments ? redirects.get(`/${segments.join('/')}`) : undefined
}
