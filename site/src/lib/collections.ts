import type { z } from 'astro/zod'
import type { PublicCollection } from '@mao/shared/collections'
import type { Config } from '@mao/shared/payload-types'
import { byDate, byNewest, byNumber, byOrder, byStart, byTitle } from './content/sorting'
import { adviceSchema } from './schemas/advices'
import { communitySchema } from './schemas/communities'
import { eventSchema } from './schemas/events'
import { expertSchema } from './schemas/experts'
import { homeSchema, navigationSchema, siteSettingsSchema } from './schemas/globals'
import { newsSchema } from './schemas/news'
import { pageSchema } from './schemas/pages'
import { partnerSchema } from './schemas/partners'
import { practiceSchema } from './schemas/practices'
import { publicationSchema } from './schemas/publications'
import { regionSchema } from './schemas/regions'
import { teamMemberSchema } from './schemas/teamMembers'
import { themeSchema } from './schemas/themes'

/**
 * A public collection on the site: the schema every published document from the REST API must
 * fit, and the order of its lists. Its Dutch labels and path are the shared contract's
 * (`publicCollectionInfo`, `pathFor` and `collectionPaths` in @mao/shared).
 */
const collection = <Schema extends z.ZodType>(
  schema: Schema,
  sort: (docs: z.output<Schema>[]) => z.output<Schema>[],
) => ({ schema, sort })

/**
 * The site's collections, one for each public collection of the CMS. Fetching, the content
 * types, sorting and the check against the generated Payload types (schemas/payloadCompat.ts)
 * all follow this list.
 */
export const siteCollections = {
  news: collection(newsSchema, byNewest),
  practices: collection(practiceSchema, byNewest),
  experts: collection(expertSchema, byTitle),
  regions: collection(regionSchema, byTitle),
  communities: collection(communitySchema, byTitle),
  events: collection(eventSchema, byStart),
  pages: collection(pageSchema, byTitle),
  themes: collection(themeSchema, byTitle),
  advices: collection(adviceSchema, byNumber),
  publications: collection(publicationSchema, byDate),
  partners: collection(partnerSchema, byTitle),
  'team-members': collection(teamMemberSchema, byOrder),
} satisfies Record<PublicCollection, unknown>

/** The Payload globals the site reads, by the name the site uses for them. */
export const siteGlobals = {
  settings: { slug: 'site-settings', schema: siteSettingsSchema },
  navigation: { slug: 'navigation', schema: navigationSchema },
  home: { slug: 'home', schema: homeSchema },
} satisfies Record<string, { slug: keyof Config['globals']; schema: z.ZodType }>

export type SiteCollections = typeof siteCollections
export type SiteGlobals = typeof siteGlobals
