import { siteCollections, siteGlobals } from '../collections'
import type { SiteContent } from '../content/types'
import { fetchAllPublished } from './fetchAllPublished'
import { fetchGlobal } from './fetchGlobal'
import { parseDocument } from './parseDocument'

interface FetchOptions {
  cmsUrl: string
  fetchImpl?: typeof fetch
}

/**
 * Every published document of the site's collections and the globals, straight from the CMS
 * REST API, all at once, and checked against their schemas, in the CMS's order (by id;
 * loadSiteContent sorts them). Called once per build (see loadSiteContent); the content is
 * held in memory only.
 */
export async function fetchSiteContent(options: FetchOptions): Promise<SiteContent> {
  const collections = Object.entries(siteCollections).map(async ([slug, { schema }]) => {
    const docs = await fetchAllPublished(slug, options)
    return [slug, docs.map((doc) => parseDocument(schema, doc, { collection: slug, id: doc.id }))] as const
  })
  const globals = Object.entries(siteGlobals).map(
    async ([name, { slug, schema }]) =>
      [name, parseDocument(schema, await fetchGlobal(slug, options), { collection: `the ${slug} global` })] as const,
  )
  return Object.fromEntries(await Promise.all([...collections, ...globals])) as SiteContent
}
