import type { Payload } from 'payload'
import { getPayload } from 'payload'
import type { User } from '@mao/shared/payload-types'

/**
 * Payload on the database of DATABASE_URL. The config is imported on the first call, so a test
 * setup can point DATABASE_URL and MEDIA_DIR at temporary files after importing this module.
 */
export async function getTestPayload(): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}

export async function createUser(payload: Payload, role: User['role'], email = `${role}@example.org`): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery-staple', name: `Test ${role}`, role },
    overrideAccess: true,
  })
}
