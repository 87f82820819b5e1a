import { describe, expect, it } from 'vitest'
import { rebuildEnv } from './rebuildEnv'

const target = { releasesDir: '/w/releases', currentLink: '/w/current', cacheDir: '/w/cache', siteUrl: 'http://x:1' }

describe('rebuildEnv', () => {
  it('builds locally into the releases folder with the shared cache and the CMS’s own build command', () => {
    const env = rebuildEnv(target)
    expect(env).toMatchObject({
      REBUILD_ENABLED: 'false',
      REBUILD_ON_START: 'false',
      SITE_BUILD_HOOK_URL: '',
      SITE_RELEASES_DIR: '/w/releases',
      SITE_CURRENT_LINK: '/w/current',
      SITE_CACHE_DIR: '/w/cache',
      SITE_URL: 'http://x:1',
    })
    expect(env.SITE_BUILD_COMMAND).toBe('')
  })
})
