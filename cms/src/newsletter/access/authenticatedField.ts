import type { FieldAccess } from 'payload'

/** Send internals (progress, log) are for editors, not for the public archive. */
export const authenticatedField: FieldAccess = ({ req: { user } }) => Boolean(user)
