import type { Access } from 'payload'
import { hasEditorRole } from './hasEditorRole'

/** Editors see drafts; anonymous visitors and contributors only published documents. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasEditorRole(user)) return true
  return { _status: { equals: 'published' } }
}
