import type { PayloadRequest } from 'payload'
import { hasAdminRole } from './hasAdminRole'

/** Admins only. Fits collection, global and field access. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasAdminRole(user)
