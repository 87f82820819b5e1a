import { describe, expect, it } from 'vitest'
import { buildEnv } from './buildEnv'

const target = {
  cmsUrl: 'http://127.0.0.1:3001',
  siteUrl: 'https://example.nl',
  outDir: '/tmp/release.partial',
  contentEpoch: 'e1',
}

describe('buildEnv', () => {
  it('passes only what the site build needs, and never a secret', () => {
    const env = buildEnv(
      {
        PATH: '/usr/bin',
        HOME: '/home/mao',
        NODE_ENV: 'production',
        CMS_PUBLIC_URL: 'https://cms.example.nl',
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_SECRET_KEY: 'geheim',
        LC_ALL: 'C.UTF-8',
        PAYLOAD_SECRET: 'geheim',
        ADMIN_PASSWORD: 'geheim',
        ADMIN_EMAIL: 'beheer@example.nl',
        RESEND_API_KEY: 're_geheim',
        RESEND_WEBHOOK_SECRET: 'whsec_geheim',
        DATABASE_URL: 'file:/data/mao.db',
        SITE_BUILD_HOOK_URL: 'https://api.example/hooks/geheim',
        TRUSTED_PROXIES: '10.0.0.1',
        __NEXT_PRIVATE_ORIGIN: 'http://localhost:3000',
        NEXT_RUNTIME: 'nodejs',
        npm_config__authToken: 'geheim',
        CMS_URL: 'http://overschreven',
        SITE_BUILD_REPORT: '/tmp/elders.json',
        CMS_CONTENT_EPOCH: 'elders',
      },
      target,
    )
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/mao',
      NODE_ENV: 'production',
      CMS_PUBLIC_URL: 'https://cms.example.nl',
      ASTRO_TELEMETRY_DISABLED: '1',
      LC_ALL: 'C.UTF-8',
      CMS_URL: 'http://127.0.0.1:3001',
      SITE_URL: 'https://example.nl',
      SITE_OUT_DIR: '/tmp/release.partial',
      CMS_CONTENT_EPOCH: 'e1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    })
    expect(Object.values(env).join(' ')).not.toContain('geheim')
  })

  it('names the report file only when given one, whatever the CMS environment says', () => {
    const base = { PATH: '/usr/bin', NODE_ENV: 'production', SITE_BUILD_REPORT: '/tmp/elders.json' } as const
    expect(buildEnv(base, { ...target, reportFile: '/srv/releases/r1.report.json' }).SITE_BUILD_REPORT).toBe(
      '/srv/releases/r1.report.json',
    )
    expect(buildEnv(base, target)).not.toHaveProperty('SITE_BUILD_REPORT')
  })
})
