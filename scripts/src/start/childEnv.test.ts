import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cmsEnv, siteServerEnv } from './childEnv'

const env = {
  NODE_ENV: 'production' as const,
  PATH: '/usr/bin',
  ADMIN_EMAIL: 'beheer-abc123@metandereogen.localhost',
  ADMIN_PASSWORD: 'geheim-wachtwoord-123',
  PAYLOAD_SECRET: 'a'.repeat(64),
  DATABASE_URL: 'mongodb://user:geheim@db/mao',
  RESEND_API_KEY: 're_123',
  RESEND_WEBHOOK_SECRET: 'whsec_123',
  SITE_PORT: '4321',
  SITE_CURRENT_LINK: 'site/current',
  CMS_URL: 'http://localhost:3000',
}

describe('cmsEnv', () => {
  it('keeps what the CMS needs and drops the first admin', () => {
    expect(cmsEnv(env)).toEqual({ ...env, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })
  })

  it('keeps the password out even when the CMS loads the root .env itself', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mao-child-env-'))
    try {
      const file = path.join(dir, '.env')
      writeFileSync(file, 'ADMIN_PASSWORD=geheim-wachtwoord-123\nOTHER=kept\n')
      const seen = execFileSync(
        process.execPath,
        [
          '-e',
          `process.loadEnvFile(${JSON.stringify(file)}); console.log(JSON.stringify([process.env.ADMIN_PASSWORD, process.env.OTHER]))`,
        ],
        { env: cmsEnv(env), encoding: 'utf8' },
      )
      expect(JSON.parse(seen)).toEqual(['', 'kept'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('siteServerEnv', () => {
  it('keeps its port and root and drops every secret and the database address', () => {
    const site = siteServerEnv(env)
    expect(site).toMatchObject({ PATH: '/usr/bin', SITE_PORT: '4321', SITE_CURRENT_LINK: 'site/current' })
    for (const name of [
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'PAYLOAD_SECRET',
      'DATABASE_URL',
      'RESEND_API_KEY',
      'RESEND_WEBHOOK_SECRET',
    ])
      expect(site[name], name).toBe('')
  })
})
