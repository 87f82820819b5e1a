import { cmsUrl } from '../env'
import { fetchSiteContent } from '../cms/fetchSiteContent'
import { byNewest, byNumber, byStart, byTitle } from './sorting'
import type { SiteContent } from './types'

let cached: Promise<SiteContent> | undefined

async function load(): Promise<SiteContent> {
  const content = await fetchSiteContent({ cmsUrl: cmsUrl() })
  return {
    ...content,
    news: byNewest(content.news),
    practices: byNewest(content.practices),
    experts: byTitle(content.experts),
    regions: byTitle(content.regions),
    communities: byTitle(content.communities),
    events: byStart(content.events),
    pages: byTitle(content.pages),
    themes: byTitle(content.themes),
    advices: byNumber(content.advices),
    partners: byTitle(content.partners),
  }
}

/** All published content, sorted, fetched once per build (fresh on every request in dev). */
export function loadSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load()
  cached ??= load()
  return cached
}
