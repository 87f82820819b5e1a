import type { PayloadRequest } from 'payload'

/** Editors and admins: anyone logged in to the admin. Fits collection, global and field access. */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
