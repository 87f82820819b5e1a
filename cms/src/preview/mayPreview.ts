import { hasContributorRole } from '../access/hasContributorRole'
import { hasEditorRole } from '../access/hasEditorRole'

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * Who gets a preview link for a document: editors for every document, a contributor for the drafts
 * they wrote themselves (the same documents they may open in the admin). Nobody else.
 */
export const mayPreview = (user: unknown, doc: Record<string, unknown> | null | undefined): boolean => {
  if (hasEditorRole(user)) return true
  if (!hasContributorRole(user) || !doc) return false
  const creator = idOf(doc.createdBy)
  return creator !== undefined && creator !== null && String(creator) === String(user.id)
}
