import { siteCollections } from '../collections'
import { fetchSiteContent } from '../cms/fetchSiteContent'
import { cmsUrl } from '../env'
import type { SiteContent } from './types'

let cached: Promise<SiteContent> | undefined

async function load(): Promise<SiteContent> {
  const content = await fetchSiteContent({ cmsUrl: cmsUrl() })
  // Each sort takes its own collection's documents, which TypeScript cannot follow through a loop.
  const sorted = Object.entries(siteCollections).map(([slug, { sort }]) => [
    slug,
    sort(content[slug as keyof typeof siteCollections] as never),
  ])
  return { ...content, ...Object.fromEntries(sorted) }
}

/** All published content, each collection in its list order, fetched once per build (fresh on every request in dev). */
export function loadSiteContent(): Promise<SiteContent> {
  if (import.meta.env.DEV) return load()
  cached ??= load()
  return cached
}
