import type { Access } from 'payload'

/** Editors may delete an edition until it starts sending; a sent edition stays on record. */
export const unsentAndAuthenticated: Access = ({ req: { user } }) =>
  user ? { status: { in: ['draft', 'approved'] } } : false
