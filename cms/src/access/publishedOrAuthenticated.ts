import type { Access } from 'payload'

/** Anonymous visitors only see published documents; logged-in users see drafts too. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
