import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'
import type { User } from '@mao/shared/payload-types'

/**
 * The Payload config for a process outside Next (tests, benchmarks, the sender). Imported on the
 * first call, so a test setup can point DATABASE_URL and MEDIA_DIR at temporary files after
 * importing this module.
 */
export async function loadConfig(): Promise<SanitizedConfig> {
  // Outside Next, getPayload opens a socket to Next's dev reload on localhost:3000 unless told not
  // to: with a CMS running there, that socket kept the newsletter benchmark from ever exiting.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return (await import('../payload.config')).default
}

/** Payload on the database of DATABASE_URL (see `loadConfig`). */
export async function getTestPayload(): Promise<Payload> {
  return getPayload({ config: await loadConfig() })
}

/** A user with the tests' password; `extra` gives e.g. a contributor's regions. */
export async function createUser(
  payload: Payload,
  role: User['role'],
  email = `${role}@example.org`,
  extra: Partial<Pick<User, 'name' | 'regions'>> = {},
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery-staple', name: `Test ${role}`, role, ...extra },
    overrideAccess: true,
  })
}
