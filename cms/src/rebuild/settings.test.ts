import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isRebuildEnabled, RebuildSettingsError, resolveRebuildSettings } from './settings'

describe('rebuild settings', () => {
  it('are on in the production Next server only, unless REBUILD_ENABLED says otherwise', () => {
    expect(isRebuildEnabled({ NODE_ENV: 'production' }, true)).toBe(true)
    expect(isRebuildEnabled({ NODE_ENV: 'production' }, false)).toBe(false)
    expect(isRebuildEnabled({ NODE_ENV: 'development' }, true)).toBe(false)
    expect(isRebuildEnabled({ NODE_ENV: 'test' })).toBe(false)
    expect(isRebuildEnabled({ NODE_ENV: 'production', REBUILD_ENABLED: 'false' }, true)).toBe(false)
    expect(isRebuildEnabled({ NODE_ENV: 'production', REBUILD_ENABLED: 'true' }, false)).toBe(true)
    expect(isRebuildEnabled({ NODE_ENV: 'test', REBUILD_ENABLED: '1' })).toBe(true)
  })

  it('default to site/releases and site/current in the repository and a 0.5 s quiet period', () => {
    const settings = resolveRebuildSettings({ NODE_ENV: 'test' })
    expect(settings.releasesDir).toBe(path.join(settings.repoRoot, 'site', 'releases'))
    expect(settings.currentLink).toBe(path.join(settings.repoRoot, 'site', 'current'))
    expect(settings.debounceMs).toBe(500)
    expect(settings.keepReleases).toBe(3)
    expect(settings.hookUrl).toBeUndefined()
    expect(settings.cmsUrl).toBe('http://localhost:3000')
    expect(settings.repoRoot).toBe(path.resolve(import.meta.dirname, '../../..'))
  })

  it('reject unusable values with a message naming the variable', () => {
    expect(() => resolveRebuildSettings({ NODE_ENV: 'test', REBUILD_DEBOUNCE_MS: 'snel' })).toThrow(
      RebuildSettingsError,
    )
    expect(() => resolveRebuildSettings({ NODE_ENV: 'test', REBUILD_DEBOUNCE_MS: '-5' })).toThrow('REBUILD_DEBOUNCE_MS')
    expect(() => resolveRebuildSettings({ NODE_ENV: 'test', SITE_BUILD_HOOK_URL: 'niet een url' })).toThrow(
      'SITE_BUILD_HOOK_URL',
    )
    expect(() => resolveRebuildSettings({ NODE_ENV: 'test', SITE_BUILD_HOOK_URL: 'ftp://host/hook' })).toThrow(
      'https://',
    )
  })
})
