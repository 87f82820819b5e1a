import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { writeJsonFile } from '@mao/shared/writeJsonFile'

/** What the last build knew of one path: the cache key Astro stored with its output and what it read. */
export interface PageEntry {
  /** The `cacheKey` the path's output is stored under in Astro's incremental cache. */
  key: string
  /** Digest of the path's props, with documents named rather than copied (see propsReference.ts). */
  props: string
  /** Every dependency key the render read, with its digest at the time. */
  dependencies: Record<string, string>
}

export interface PageManifest {
  version: 1
  /** Digest of the build's inputs outside the content (site and CMS addresses); another salt starts afresh. */
  salt: string
  paths: Record<string, PageEntry>
}

export const PAGE_MANIFEST_FILE = 'mao-page-dependencies.json'

/** A path's identity across builds: its route and params, as both getStaticPaths and a render know them. */
export const pathId = (routePattern: string, params: Record<string, string | number | undefined>): string =>
  `${routePattern} ${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`

/**
 * The manifest of the last completed build, removed from the cache folder as it is read: Astro
 * overwrites its cached copy of every page it renders, so after a build that did not complete the
 * manifest would describe copies that are gone. Without one, the next build is a full build.
 * Undefined when there is none or it is unreadable or of another version.
 */
export function takePageManifest(cacheDir: string): PageManifest | undefined {
  const file = path.join(cacheDir, PAGE_MANIFEST_FILE)
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as PageManifest
    return manifest.version === 1 && typeof manifest.salt === 'string' && typeof manifest.paths === 'object'
      ? manifest
      : undefined
  } catch {
    return undefined
  } finally {
    rmSync(file, { force: true })
  }
}

export const writePageManifest = (cacheDir: string, manifest: PageManifest): void =>
  writeJsonFile(path.join(cacheDir, PAGE_MANIFEST_FILE), manifest)
