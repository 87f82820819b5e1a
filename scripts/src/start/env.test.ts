import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseEnv } from 'node:util'
import { email } from 'payload/shared'
import { afterAll, describe, expect, it } from 'vitest'
import { adminCredentials } from '../seed/admin'
import { ensureEnvFile, generateAdminEmail } from './env'

const template = `# comment
PAYLOAD_SECRET=
ADMIN_EMAIL=
ADMIN_PASSWORD=
SITE_PORT=4321
`

const roots: string[] = []
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })))

function freshClone(example = template): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mao-env-'))
  roots.push(root)
  writeFileSync(path.join(root, '.env.example'), example)
  return root
}

/** Payload's own validation of the users collection's email field. */
const payloadAcceptsEmail = (value: string) =>
  email(value, { required: true, req: { payload: { collections: {}, config: {} }, t: String } } as never)

describe('generateAdminEmail', () => {
  it('gives an address Payload accepts and production does not refuse', () => {
    const address = generateAdminEmail()
    expect(payloadAcceptsEmail(address)).toBe(true)
    const env = {
      NODE_ENV: 'production' as const,
      ADMIN_EMAIL: address,
      ADMIN_PASSWORD: 'een-lang-en-sterk-wachtwoord',
    }
    expect(adminCredentials(env).email).toBe(address)
  })

  it('differs per installation', () => {
    expect(generateAdminEmail()).not.toBe(generateAdminEmail())
  })
})

describe('ensureEnvFile', () => {
  it('writes .env once, private, with a fresh secret, admin address and password', () => {
    const root = freshClone()
    const created = ensureEnvFile(root)
    const file = path.join(root, '.env')
    expect(created).toEqual({ file, adminEmail: expect.stringMatching(/^beheer-[0-9a-f]{6}@/) })
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const values = parseEnv(readFileSync(file, 'utf8'))
    expect(values.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(values.ADMIN_EMAIL).toBe(created?.adminEmail)
    expect(values.ADMIN_PASSWORD?.length).toBeGreaterThanOrEqual(12)
    expect(values.SITE_PORT).toBe('4321')

    expect(ensureEnvFile(root)).toBeUndefined()
    expect(parseEnv(readFileSync(file, 'utf8'))).toEqual(values)
  })

  it('replaces the published example address of the template', () => {
    const root = freshClone(template.replace('ADMIN_EMAIL=', 'ADMIN_EMAIL=admin@example.org'))
    const created = ensureEnvFile(root)
    expect(parseEnv(readFileSync(path.join(root, '.env'), 'utf8')).ADMIN_EMAIL).toBe(created?.adminEmail)
  })

  it('adds the admin lines when the template lacks them', () => {
    const root = freshClone('SITE_PORT=4321\n')
    ensureEnvFile(root)
    const values = parseEnv(readFileSync(path.join(root, '.env'), 'utf8'))
    expect(Object.keys(values).sort()).toEqual(['ADMIN_EMAIL', 'ADMIN_PASSWORD', 'PAYLOAD_SECRET', 'SITE_PORT'])
  })
})
