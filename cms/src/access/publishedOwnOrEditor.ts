import type { Access } from 'payload'
import { hasContributorRole } from './hasContributorRole'
import { hasEditorRole } from './hasEditorRole'

/** Editors see every draft; contributors their own drafts and what is published; visitors what is published. */
export const publishedOwnOrEditor: Access = ({ req: { user } }) => {
  if (hasEditorRole(user)) return true
  const published = { _status: { equals: 'published' } }
  if (!hasContributorRole(user)) return published
  return { or: [published, { createdBy: { equals: user.id } }] }
}
