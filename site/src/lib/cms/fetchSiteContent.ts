import { siteCollections, siteGlobals } from '../collections'
import type { SiteContent } from '../content/types'
import { loadContentSnapshot, saveContentSnapshot } from './contentSnapshot'
import { fetchDocumentStamps } from './documentStamps'
import { fetchAllPublished, publishedListUrl } from './fetchAllPublished'
import { fetchGlobal } from './fetchGlobal'
import { fetchPublishedReusing } from './fetchPublishedReusing'
import { mediaUnchanged, type RawDocument } from './mergeStoredDocuments'
import { parseDocument } from './parseDocument'

interface FetchOptions {
  cmsUrl: string
  fetchImpl?: typeof fetch
  /**
   * Where a static build keeps what it fetched for the next one, and the epoch of the CMS that
   * started it (see ContentSnapshot). Without it every document is fetched.
   */
  snapshot?: { file: string; epoch: string }
}

/**
 * Every published document of the site's collections and the globals, from the CMS REST API,
 * checked against their schemas, in the CMS's order (by id; loadSiteContent sorts them). Called
 * once per build (see loadSiteContent); the content is held in memory only, and in a static build
 * also kept as fetched for the next build, which then fetches only documents saved since.
 */
export async function fetchSiteContent(options: FetchOptions): Promise<SiteContent> {
  const [raw, globals] = await Promise.all([
    fetchRawCollections(options),
    Promise.all(
      Object.entries(siteGlobals).map(
        async ([name, { slug, schema }]) =>
          [
            name,
            parseDocument(schema, await fetchGlobal(slug, options), { collection: `the ${slug} global` }),
          ] as const,
      ),
    ),
  ])
  const collections = Object.entries(siteCollections).map(
    ([slug, { schema }]) =>
      [slug, (raw[slug] ?? []).map((doc) => parseDocument(schema, doc, { collection: slug, id: doc.id }))] as const,
  )
  return Object.fromEntries([...collections, ...globals]) as SiteContent
}

async function fetchRawCollections(options: FetchOptions): Promise<Record<string, RawDocument[]>> {
  const { snapshot, cmsUrl, fetchImpl } = options
  const slugs = Object.keys(siteCollections)
  if (!snapshot)
    return Object.fromEntries(
      await Promise.all(slugs.map(async (slug) => [slug, await fetchAllPublished(slug, options)])),
    )

  // Media stamps first: a medium edited while the documents come in shows as changed next time.
  const media = await fetchDocumentStamps(cmsUrl, 'media', { publishedOnly: false, fetchImpl })
  const query = publishedListUrl(cmsUrl, '', 1)
  const stored = loadContentSnapshot(snapshot.file, { cmsUrl, epoch: snapshot.epoch, query })
  const reusable = stored && mediaUnchanged(stored.media, media) ? stored.collections : undefined
  let fetched = 0
  const collections = Object.fromEntries(
    await Promise.all(
      slugs.map(async (slug) => {
        if (!reusable) {
          const docs = await fetchAllPublished(slug, options)
          fetched += docs.length
          return [slug, docs] as const
        }
        const result = await fetchPublishedReusing(slug, reusable[slug] ?? [], options)
        fetched += result.fetched
        return [slug, result.docs] as const
      }),
    ),
  )
  const total = Object.values(collections).reduce((sum, docs) => sum + docs.length, 0)
  console.info(`[content] Fetched ${fetched} of ${total} documents; the others are as the last build fetched them.`)
  // Nothing fetched, gone or added (no medium either): the file already holds all of it, and
  // rewriting it would cost tens of MB a publish at 10,000 documents.
  const unchanged =
    reusable !== undefined &&
    fetched === 0 &&
    media.length === stored?.media.length &&
    slugs.every((slug) => collections[slug]?.length === (reusable[slug] ?? []).length)
  if (!unchanged)
    saveContentSnapshot(snapshot.file, { version: 1, cmsUrl, epoch: snapshot.epoch, query, media, collections })
  return collections
}
