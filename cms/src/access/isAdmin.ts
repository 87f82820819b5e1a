import type { Access, FieldAccess } from 'payload'
import type { User } from '@mao/shared/payload-types'

export const hasAdminRole = (user: unknown): boolean =>
  Boolean(user && typeof user === 'object' && (user as Partial<User>).role === 'admin')

export const isAdmin: Access = ({ req: { user } }) => hasAdminRole(user)

export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasAdminRole(user)
