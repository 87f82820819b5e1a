import type { User } from '@mao/shared/payload-types'

export const hasAdminRole = (user: unknown): boolean =>
  Boolean(user && typeof user === 'object' && (user as Partial<User>).role === 'admin')
