import type { CollectionConfig } from 'payload'
import { authenticated } from './authenticated'
import { publishedOrAuthenticated } from './publishedOrAuthenticated'

/** Public content: anonymous users read published documents; editors write; versions stay private. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrAuthenticated,
  readVersions: authenticated,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}

/** Drafts with autosave-free versions, as the site only shows published documents. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
