import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { readRedirects, type Redirects } from './releaseRedirects'
import { ResponseCache } from './responseCache'
import { readSecurityHeaders, type SecurityHeaders } from './securityHeaders'

/** A release that can be served: its real folder, the headers and redirects read once for it and its cached responses. */
export type Release = { root: string; headers: SecurityHeaders; redirects: Redirects; responses: ResponseCache }

const isFile = async (file: string): Promise<boolean> => (await stat(file).catch(() => undefined))?.isFile() ?? false

/**
 * Follows `rootLink` (the `current` symlink) on every call, so a swapped release is served at once.
 * A release counts once its folder has an `index.html`; anything else (no link, a dangling link, a
 * half-written folder) is no release. Builds never rewrite a release folder in place, so a release's
 * headers and redirects are read once, when it is first seen; only the latest release is remembered.
 */
export function releaseTracker(rootLink: string): { current: () => Promise<Release | undefined> } {
  let latest: { root: string; release: Promise<Release> } | undefined
  return {
    async current() {
      let root: string
      try {
        root = await realpath(rootLink)
      } catch {
        return undefined
      }
      if (latest?.root === root) return latest.release
      if (!(await isFile(path.join(root, 'index.html')))) return undefined
      const release = Promise.all([readSecurityHeaders(root), readRedirects(root)]).then(([headers, redirects]) => ({
        root,
        headers,
        redirects,
        responses: new ResponseCache(),
      }))
      latest = { root, release }
      return release
    },
  }
}
