import type { z } from 'astro/zod'
import type { adviceSchema } from '../schemas/advices'
import type { communitySchema } from '../schemas/communities'
import type { eventSchema } from '../schemas/events'
import type { expertSchema } from '../schemas/experts'
import type { homeSchema, navigationSchema, siteSettingsSchema } from '../schemas/globals'
import type { newsSchema } from '../schemas/news'
import type { pageSchema } from '../schemas/pages'
import type { partnerSchema } from '../schemas/partners'
import type { practiceSchema } from '../schemas/practices'
import type { regionSchema } from '../schemas/regions'
import type { themeSchema } from '../schemas/themes'

export type { MediaDoc } from '../schemas/common'
export type NewsDoc = z.output<typeof newsSchema>
export type PracticeDoc = z.output<typeof practiceSchema>
export type ExpertDoc = z.output<typeof expertSchema>
export type RegionDoc = z.output<typeof regionSchema>
export type CommunityDoc = z.output<typeof communitySchema>
export type EventDoc = z.output<typeof eventSchema>
export type PageDoc = z.output<typeof pageSchema>
export type PageBlock = PageDoc['layout'][number]
export type ThemeDoc = z.output<typeof themeSchema>
export type AdviceDoc = z.output<typeof adviceSchema>
export type PartnerDoc = z.output<typeof partnerSchema>
export type SiteSettings = z.output<typeof siteSettingsSchema>
export type NavigationDoc = z.output<typeof navigationSchema>
export type HomeDoc = z.output<typeof homeSchema>

export interface SiteContent {
  news: NewsDoc[]
  practices: PracticeDoc[]
  experts: ExpertDoc[]
  regions: RegionDoc[]
  communities: CommunityDoc[]
  events: EventDoc[]
  pages: PageDoc[]
  themes: ThemeDoc[]
  advices: AdviceDoc[]
  partners: PartnerDoc[]
  settings: SiteSettings
  navigation: NavigationDoc
  home: HomeDoc
}

/** Documents with a page of their own, by the Payload collection slug. */
export type RoutedDocs = Pick<
  SiteContent,
  'news' | 'practices' | 'experts' | 'regions' | 'communities' | 'events' | 'pages' | 'themes' | 'advices'
>
