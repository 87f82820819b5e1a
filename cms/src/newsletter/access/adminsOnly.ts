import type { Access } from 'payload'
import { hasAdminRole } from '../../access/isAdmin'

/** Personal data of subscribers: admins only, through every API. */
export const adminsOnly: Access = ({ req: { user } }) => hasAdminRole(user)
