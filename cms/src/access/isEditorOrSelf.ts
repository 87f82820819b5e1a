import type { Access } from 'payload'
import { hasEditorRole } from './hasEditorRole'

/** Editors see every account (to know who wrote what); anyone else only their own. */
export const isEditorOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasEditorRole(user)) return true
  return { id: { equals: user.id } }
}
