import type { z } from 'astro/zod'
import { adviceSchema } from '../schemas/advices'
import { communitySchema } from '../schemas/communities'
import { eventSchema } from '../schemas/events'
import { expertSchema } from '../schemas/experts'
import { homeSchema, navigationSchema, siteSettingsSchema } from '../schemas/globals'
import { newsSchema } from '../schemas/news'
import { pageSchema } from '../schemas/pages'
import { partnerSchema } from '../schemas/partners'
import { practiceSchema } from '../schemas/practices'
import { regionSchema } from '../schemas/regions'
import { themeSchema } from '../schemas/themes'
import type { SiteContent } from '../content/types'
import { fetchAllPublished } from './fetchAllPublished'
import { fetchGlobal } from './fetchGlobal'
import { parseDocument } from './parseDocument'

interface FetchOptions {
  cmsUrl: string
  fetchImpl?: typeof fetch
}

async function collection<Schema extends z.ZodType>(
  slug: string,
  schema: Schema,
  options: FetchOptions,
): Promise<z.output<Schema>[]> {
  const docs = await fetchAllPublished(slug, options)
  return docs.map((doc) => parseDocument(schema, doc, { collection: slug, id: doc.id }))
}

async function global<Schema extends z.ZodType>(
  slug: string,
  schema: Schema,
  options: FetchOptions,
): Promise<z.output<Schema>> {
  return parseDocument(schema, await fetchGlobal(slug, options), { collection: `the ${slug} global` })
}

/**
 * Every published document and the three globals, straight from the CMS REST API and checked
 * against the schemas, in the CMS's order (by id; loadSiteContent sorts them). Called once per
 * build (see loadSiteContent): the content is held in memory only, not copied into Astro's
 * content store, which at 10,000 documents cost several seconds and hundreds of megabytes to
 * write, bundle and load again.
 */
export async function fetchSiteContent(options: FetchOptions): Promise<SiteContent> {
  const [
    news,
    practices,
    experts,
    regions,
    communities,
    events,
    pages,
    themes,
    advices,
    partners,
    settings,
    navigation,
    home,
  ] = await Promise.all([
    collection('news', newsSchema, options),
    collection('practices', practiceSchema, options),
    collection('experts', expertSchema, options),
    collection('regions', regionSchema, options),
    collection('communities', communitySchema, options),
    collection('events', eventSchema, options),
    collection('pages', pageSchema, options),
    collection('themes', themeSchema, options),
    collection('advices', adviceSchema, options),
    collection('partners', partnerSchema, options),
    global('site-settings', siteSettingsSchema, options),
    global('navigation', navigationSchema, options),
    global('home', homeSchema, options),
  ])
  return {
    news,
    practices,
    experts,
    regions,
    communities,
    events,
    pages,
    themes,
    advices,
    partners,
    settings,
    navigation,
    home,
  }
}
