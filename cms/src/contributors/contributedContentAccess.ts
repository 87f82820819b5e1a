import type { CollectionConfig } from 'payload'
import { isEditor } from '../access/isEditor'
import { isEditorOrContributor } from '../access/isEditorOrContributor'
import { ownDraftOrEditor } from '../access/ownDraftOrEditor'
import { publishedOwnOrEditor } from '../access/publishedOwnOrEditor'

/**
 * Public content contributors write too (news, practices): they create drafts and change their own
 * until an editor publishes; only editors see others' drafts, versions and delete.
 */
export const contributedContentAccess: CollectionConfig['access'] = {
  read: publishedOwnOrEditor,
  readVersions: isEditor,
  create: isEditorOrContributor,
  update: ownDraftOrEditor,
  delete: isEditor,
}
