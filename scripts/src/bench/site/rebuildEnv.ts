/** Where the benchmark CMS's rebuild feature builds, and for which site address. */
export interface RebuildTarget {
  releasesDir: string
  currentLink: string
  /** Astro's cache, shared with the benchmark's own full builds. */
  cacheDir: string
  siteUrl: string
}

/**
 * The environment of the benchmark CMS for local builds on publish (read by
 * cms/src/rebuild/settings.ts), with the CMS's own build command, as in production. Rebuilding
 * stays off here: the CMS child turns it on after seeding. REBUILD_DEBOUNCE_MS comes from the
 * benchmark's own environment, like every other variable the child inherits.
 */
export function rebuildEnv(target: RebuildTarget): Record<string, string> {
  return {
    REBUILD_ENABLED: 'false',
    REBUILD_ON_START: 'false',
    SITE_BUILD_HOOK_URL: '',
    SITE_BUILD_COMMAND: '',
    SITE_RELEASES_DIR: target.releasesDir,
    SITE_CURRENT_LINK: target.currentLink,
    SITE_CACHE_DIR: target.cacheDir,
    SITE_URL: target.siteUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
}
