import { defineCollection } from 'astro:content'
import { payloadCollectionLoader, payloadGlobalLoader } from './lib/cms/loaders'
import { adviceSchema } from './lib/schemas/advices'
import { communitySchema } from './lib/schemas/communities'
import { eventSchema } from './lib/schemas/events'
import { expertSchema } from './lib/schemas/experts'
import { homeSchema, navigationSchema, siteSettingsSchema } from './lib/schemas/globals'
import { newsSchema } from './lib/schemas/news'
import { pageSchema } from './lib/schemas/pages'
import { partnerSchema } from './lib/schemas/partners'
import { practiceSchema } from './lib/schemas/practices'
import { regionSchema } from './lib/schemas/regions'
import { themeSchema } from './lib/schemas/themes'

/** One content collection per Payload collection, plus the three globals. */
export const collections = {
  news: defineCollection({ loader: payloadCollectionLoader('news'), schema: newsSchema }),
  practices: defineCollection({ loader: payloadCollectionLoader('practices'), schema: practiceSchema }),
  experts: defineCollection({ loader: payloadCollectionLoader('experts'), schema: expertSchema }),
  regions: defineCollection({ loader: payloadCollectionLoader('regions'), schema: regionSchema }),
  communities: defineCollection({ loader: payloadCollectionLoader('communities'), schema: communitySchema }),
  events: defineCollection({ loader: payloadCollectionLoader('events'), schema: eventSchema }),
  pages: defineCollection({ loader: payloadCollectionLoader('pages'), schema: pageSchema }),
  themes: defineCollection({ loader: payloadCollectionLoader('themes'), schema: themeSchema }),
  advices: defineCollection({ loader: payloadCollectionLoader('advices'), schema: adviceSchema }),
  partners: defineCollection({ loader: payloadCollectionLoader('partners'), schema: partnerSchema }),
  siteSettings: defineCollection({ loader: payloadGlobalLoader('site-settings'), schema: siteSettingsSchema }),
  navigation: defineCollection({ loader: payloadGlobalLoader('navigation'), schema: navigationSchema }),
  home: defineCollection({ loader: payloadGlobalLoader('home'), schema: homeSchema }),
}
