import type { Payload } from 'payload'
import { getPayload } from 'payload'
import type { User } from '@mao/shared/payload-types'
import config from '../src/payload.config'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

export async function createUser(payload: Payload, role: User['role'], email = `${role}@example.org`): Promise<User> {
  return payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery-staple', name: `Test ${role}`, role },
    overrideAccess: true,
  })
}

/** The message of a rejected Payload operation, including per-field validation messages. */
export async function errorText(operation: Promise<unknown>): Promise<string> {
  try {
    await operation
  } catch (error) {
    const { message, data } = error as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
    const fields = (data?.errors ?? []).map((entry) => `${entry.path}: ${entry.message}`)
    return [message, ...fields].join('\n')
  }
  throw new Error('Expected the operation to be rejected, but it succeeded')
}
