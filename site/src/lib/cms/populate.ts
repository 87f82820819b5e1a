import { siteCollections } from '../collections'

/**
 * Collections the site needs only by id when another document refers to them (relationships,
 * internal rich-text links): it looks them up in its own set of published documents. Asking the
 * CMS for just their id keeps each answer small; with 10,000 documents, full population (depth 2)
 * more than doubled the data fetched and held in memory during the build.
 * Media is not listed: uploads must arrive populated (url, sizes, alt text).
 */
const ID_ONLY_COLLECTIONS = Object.keys(siteCollections)

/** Depth 1 populates media; these collections come back as `{ id }`. */
export const POPULATE_DEPTH = 1

/** The `populate` query parameters for a Payload REST request. */
export const populateIdsOnly = (): string =>
  ID_ONLY_COLLECTIONS.map((collection) => `populate[${collection}][id]=true`).join('&')
