import type { CollectionConfig } from 'payload'
import { isEditor } from './isEditor'
import { publishedOrEditor } from './publishedOrEditor'

/** Public content: everyone reads published documents; editors write; versions stay the editors'. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrEditor,
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Drafts with autosave-free versions, as the site only shows published documents. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
