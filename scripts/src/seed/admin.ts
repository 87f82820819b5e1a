import type { Payload } from 'payload'

export const DEV_ADMIN_EMAIL = 'admin@example.org'
export const DEV_ADMIN_PASSWORD = 'metandereogen-dev'
const WEAK_PASSWORDS = new Set([
  DEV_ADMIN_PASSWORD,
  'admin',
  'password',
  'wachtwoord',
  'changeme',
  'change-me',
  'secret',
])

export class AdminConfigError extends Error {
  override name = 'AdminConfigError'
}

const isDevelopment = (env: NodeJS.ProcessEnv) => env.NODE_ENV === 'development' || env.NODE_ENV === 'test'

/**
 * The first admin's credentials. Outside development a missing or published address (anyone can
 * lock a known account by failing its logins) and a missing or default password are refused.
 */
export function adminCredentials(env: NodeJS.ProcessEnv = process.env): { email: string; password: string } {
  const email = env.ADMIN_EMAIL?.trim() || DEV_ADMIN_EMAIL
  const password = env.ADMIN_PASSWORD ?? ''
  if (isDevelopment(env)) return { email, password: password || DEV_ADMIN_PASSWORD }
  if (!env.ADMIN_EMAIL?.trim())
    throw new AdminConfigError('ADMIN_EMAIL is not set. Set the address of the first admin in .env.')
  if (email.toLowerCase() === DEV_ADMIN_EMAIL) {
    throw new AdminConfigError(
      `ADMIN_EMAIL is the published example address ${DEV_ADMIN_EMAIL}. Outside development set an address of your own in .env.`,
    )
  }
  if (!password)
    throw new AdminConfigError('ADMIN_PASSWORD is not set. Set a strong password for the first admin in .env.')
  if (WEAK_PASSWORDS.has(password.toLowerCase()) || password.length < 12) {
    throw new AdminConfigError(
      'ADMIN_PASSWORD is a default or weak password. Outside development use at least 12 characters that are not a known default.',
    )
  }
  return { email, password }
}

/** Creates the first admin when the database has no users; returns whether one was created. */
export async function ensureAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  const { email, password } = adminCredentials(env)
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Beheerder', role: 'admin' },
    overrideAccess: true,
  })
  return true
}
