import type { z } from 'astro/zod'
import type { RoutedCollection } from '@mao/shared/urls'
import type { SiteCollections, SiteGlobals } from '../collections'

export type { MediaDoc } from '../schemas/common'

/** A published document of a collection, as its schema gives it to the pages. */
export type CollectionDoc<Collection extends keyof SiteCollections> = z.output<SiteCollections[Collection]['schema']>

export type GlobalDoc<Global extends keyof SiteGlobals> = z.output<SiteGlobals[Global]['schema']>

/** Everything the site is built from: each collection's published documents and the globals. */
export type SiteContent = { [Collection in keyof SiteCollections]: CollectionDoc<Collection>[] } & {
  [Global in keyof SiteGlobals]: GlobalDoc<Global>
}

export type NewsDoc = CollectionDoc<'news'>
export type PracticeDoc = CollectionDoc<'practices'>
export type ExpertDoc = CollectionDoc<'experts'>
export type RegionDoc = CollectionDoc<'regions'>
export type CommunityDoc = CollectionDoc<'communities'>
export type EventDoc = CollectionDoc<'events'>
export type PageDoc = CollectionDoc<'pages'>
export type PageBlock = PageDoc['layout'][number]
export type ThemeDoc = CollectionDoc<'themes'>
export type SiteSettings = GlobalDoc<'settings'>
export type NavigationDoc = GlobalDoc<'navigation'>

/** Documents with a page of their own, by the Payload collection slug. */
export type RoutedDocs = Pick<SiteContent, RoutedCollection | 'pages'>
