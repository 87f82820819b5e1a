import type { Access } from 'payload'

/** Editors and admins: anyone logged in to the admin. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
