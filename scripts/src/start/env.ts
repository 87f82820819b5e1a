import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'

/**
 * First start on a fresh clone: write `.env` from `.env.example` with a random PAYLOAD_SECRET
 * and admin password, so nothing runs on a default secret. Returns the new admin password.
 */
export function ensureEnvFile(root = repoRoot): string | undefined {
  const envFile = path.join(root, '.env')
  if (existsSync(envFile)) return undefined
  const password = randomBytes(12).toString('base64url')
  const template = readFileSync(path.join(root, '.env.example'), 'utf8')
  const content = template
    .replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${randomBytes(32).toString('hex')}`)
    .replace(/^ADMIN_PASSWORD=.*$/m, `ADMIN_PASSWORD=${password}`)
  writeFileSync(envFile, content, { mode: 0o600 })
  return password
}

export function loadEnvFile(root = repoRoot): void {
  const envFile = path.join(root, '.env')
  if (existsSync(envFile)) process.loadEnvFile(envFile)
}
