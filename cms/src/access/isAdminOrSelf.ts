import type { Access } from 'payload'
import { hasAdminRole } from './hasAdminRole'

/** Admins see and change every user; editors only their own account. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasAdminRole(user)) return true
  return { id: { equals: user.id } }
}
