import { getCollection, getEntry } from 'astro:content'
import { byNewest, byNumber, byStart, byTitle } from './sorting'
import type { SiteContent } from './types'

let cached: Promise<SiteContent> | undefined

const dataOf = <T>(entries: { data: T }[]): T[] => entries.map((entry) => entry.data)

function required<T>(entry: { data: T } | undefined, name: string): T {
  if (!entry) throw new Error(`The ${name} global was not loaded from the CMS.`)
  return entry.data
}

async function load(): Promise<SiteContent> {
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
    getCollection('news'),
    getCollection('practices'),
    getCollection('experts'),
    getCollection('regions'),
    getCollection('communities'),
    getCollection('events'),
    getCollection('pages'),
    getCollection('themes'),
    getCollection('advices'),
    getCollection('partners'),
    getEntry('siteSettings', 'site-settings'),
    getEntry('navigation', 'navigation'),
    getEntry('home', 'home'),
  ])
  return {
    news: byNewest(dataOf(news)),
    practices: byNewest(dataOf(practices)),
    experts: byTitle(dataOf(experts)),
    regions: byTitle(dataOf(regions)),
    communities: byTitle(dataOf(communities)),
    events: byStart(dataOf(events)),
    pages: byTitle(dataOf(pages)),
    themes: byTitle(dataOf(themes)),
    advices: byNumber(dataOf(advices)),
    partners: byTitle(dataOf(partners)),
    settings: required(settings, 'site-settings'),
    navigation: required(navigation, 'navigation'),
    home: required(home, 'home'),
  }
}

/** All published content, sorted, loaded once per build (fresh on every request in dev). */
export function loadSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load()
  cached ??= load()
  return cached
}
