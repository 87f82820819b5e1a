import type { z } from 'astro/zod'
import type {
  Advice,
  Community,
  Event,
  Expert,
  Home,
  Navigation,
  News,
  Page,
  Partner,
  Practice,
  Region,
  SiteSetting,
  Theme,
} from '@mao/shared/payload-types'
import type { adviceSchema } from './advices'
import type { communitySchema } from './communities'
import type { eventSchema } from './events'
import type { expertSchema } from './experts'
import type { homeSchema, navigationSchema, siteSettingsSchema } from './globals'
import type { newsSchema } from './news'
import type { pageSchema } from './pages'
import type { partnerSchema } from './partners'
import type { practiceSchema } from './practices'
import type { regionSchema } from './regions'
import type { themeSchema } from './themes'

/**
 * Compile-time link between the generated Payload types and the zod schemas: every document
 * the REST API can return for a published, routed document must be valid schema input. When a
 * field is renamed or retyped in the CMS, `astro check` fails here instead of the site
 * silently losing the field.
 */
type Published<T> = Omit<T, '_status' | 'slug'> & { _status: 'published'; slug: string }
type Accepts<Schema extends z.ZodType, Doc> = [Doc] extends [z.input<Schema>] ? true : false

export const payloadTypesMatchSchemas = {
  news: true satisfies Accepts<typeof newsSchema, Published<News>>,
  practices: true satisfies Accepts<typeof practiceSchema, Published<Practice>>,
  experts: true satisfies Accepts<typeof expertSchema, Published<Expert>>,
  regions: true satisfies Accepts<typeof regionSchema, Published<Region>>,
  communities: true satisfies Accepts<typeof communitySchema, Published<Community>>,
  events: true satisfies Accepts<typeof eventSchema, Published<Event>>,
  pages: true satisfies Accepts<typeof pageSchema, Published<Page>>,
  themes: true satisfies Accepts<typeof themeSchema, Published<Theme>>,
  advices: true satisfies Accepts<typeof adviceSchema, Published<Advice>>,
  partners: true satisfies Accepts<typeof partnerSchema, Omit<Partner, '_status'> & { _status: 'published' }>,
  siteSettings: true satisfies Accepts<typeof siteSettingsSchema, SiteSetting>,
  navigation: true satisfies Accepts<typeof navigationSchema, Navigation>,
  home: true satisfies Accepts<typeof homeSchema, Home>,
} as const
