import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'

export type NewEnvFile = { file: string; adminEmail: string }

/**
 * An admin address of this installation alone: published example addresses are refused outside
 * development. `.localhost` is reserved (RFC 6761), so no mail leaves the machine by accident.
 */
export const generateAdminEmail = (): string => `beheer-${randomBytes(3).toString('hex')}@metandereogen.localhost`

function setEnvLine(content: string, name: string, value: string): string {
  const line = new RegExp(`^${name}=.*$`, 'm')
  return line.test(content) ? content.replace(line, `${name}=${value}`) : `${content.trimEnd()}\n${name}=${value}\n`
}

/**
 * First start on a fresh clone: write `.env` from `.env.example` with a random PAYLOAD_SECRET,
 * admin address and admin password, so nothing runs on a published default. Returns the file
 * and the admin address when it wrote one; the password stays in the file.
 */
export function ensureEnvFile(root = repoRoot): NewEnvFile | undefined {
  const file = path.join(root, '.env')
  if (existsSync(file)) return undefined
  const adminEmail = generateAdminEmail()
  let content = readFileSync(path.join(root, '.env.example'), 'utf8')
  content = setEnvLine(content, 'PAYLOAD_SECRET', randomBytes(32).toString('hex'))
  content = setEnvLine(content, 'ADMIN_EMAIL', adminEmail)
  content = setEnvLine(content, 'ADMIN_PASSWORD', randomBytes(12).toString('base64url'))
  writeFileSync(file, content, { mode: 0o600 })
  return { file, adminEmail }
}

export function loadEnvFile(root = repoRoot): void {
  const envFile = path.join(root, '.env')
  if (existsSync(envFile)) process.loadEnvFile(envFile)
}
