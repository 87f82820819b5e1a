import type { Access, Where } from 'payload'
import { hasContributorRole } from './hasContributorRole'
import { hasEditorRole } from './hasEditorRole'

/**
 * Editors change everything; contributors only documents they created that are not published
 * (once an editor publishes, the document is the editors').
 */
export const ownDraftOrEditor: Access = ({ req: { user } }) => {
  if (hasEditorRole(user)) return true
  if (!hasContributorRole(user)) return false
  const ownUnpublished: Where[] = [{ createdBy: { equals: user.id } }, { _status: { not_equals: 'published' } }]
  return { and: ownUnpublished }
}
