import path from 'node:path'
import { cmsUrl, siteUrl } from '../env'
import { findRepoRoot } from '../repoRoot'

export type RebuildSettings = {
  /** Hooks, the admin button and the build at server start act only when enabled. */
  enabled: boolean
  debounceMs: number
  /** Where each build gets a fresh `<timestamp>` folder. */
  releasesDir: string
  /** Symlink the site server serves; swapped to the new release after a successful build. */
  currentLink: string
  keepReleases: number
  timeoutMs: number
  /** Shell command replacing the default `pnpm --filter @mao/site build` (tests, other hosts). */
  buildCommand: string | undefined
  /** When set, builds are delegated to this deploy hook instead of running locally. */
  hookUrl: string | undefined
  repoRoot: string
  cmsUrl: string
  siteUrl: string
}

export class RebuildSettingsError extends Error {
  override name = 'RebuildSettingsError'
}

/**
 * Whether this process is the Next.js server. Next inlines `process.env.NEXT_RUNTIME` into the
 * code it bundles (our Payload config included) and sets `__NEXT_PRIVATE_ORIGIN` when it
 * starts listening; tsx scripts (seed, migrate) and vitest have neither.
 */
const inNextServer = (): boolean => process.env.NEXT_RUNTIME === 'nodejs' || Boolean(process.env.__NEXT_PRIVATE_ORIGIN)

/**
 * On by default only in the production CMS server (`next start`); off in `next dev`, vitest and
 * command-line scripts, which would otherwise build while seeding a database with no CMS
 * serving it. REBUILD_ENABLED=true|false overrides.
 */
export function isRebuildEnabled(env: NodeJS.ProcessEnv = process.env, nextServer: boolean = inNextServer()): boolean {
  const flag = env.REBUILD_ENABLED?.trim().toLowerCase()
  if (flag === 'true' || flag === '1') return true
  if (flag === 'false' || flag === '0') return false
  return env.NODE_ENV === 'production' && nextServer
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new RebuildSettingsError(`${name} must be a whole number of at least 0, got "${raw}"`)
  }
  return value
}

function hookUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.SITE_BUILD_HOOK_URL?.trim()
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new RebuildSettingsError('SITE_BUILD_HOOK_URL is not a valid URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RebuildSettingsError('SITE_BUILD_HOOK_URL must start with https:// (or http:// for a local host)')
  }
  return url.toString()
}

/**
 * The quiet period before a build: long enough to take the saves of one publish (document,
 * version, redirects) together, short because it is part of every publish's wait. An incremental
 * build costs a few seconds (`pnpm bench site`), so a follow-up build for a later save is cheap;
 * it was 3 s when every build was a full one.
 */
export const DEFAULT_DEBOUNCE_MS = 500

export function resolveRebuildSettings(env: NodeJS.ProcessEnv = process.env): RebuildSettings {
  const repoRoot = findRepoRoot()
  const fromRoot = (value: string | undefined, fallback: string) => path.resolve(repoRoot, value?.trim() || fallback)
  return {
    enabled: isRebuildEnabled(env),
    debounceMs: positiveInteger(env, 'REBUILD_DEBOUNCE_MS', DEFAULT_DEBOUNCE_MS),
    releasesDir: fromRoot(env.SITE_RELEASES_DIR, 'site/releases'),
    currentLink: fromRoot(env.SITE_CURRENT_LINK, 'site/current'),
    keepReleases: Math.max(1, positiveInteger(env, 'SITE_KEEP_RELEASES', 3)),
    timeoutMs: positiveInteger(env, 'SITE_BUILD_TIMEOUT_MS', 15 * 60 * 1000),
    buildCommand: env.SITE_BUILD_COMMAND?.trim() || undefined,
    hookUrl: hookUrl(env),
    repoRoot,
    cmsUrl: cmsUrl(env),
    siteUrl: siteUrl(env),
  }
}
