import { siteCollections } from '../collections'
import { fetchSiteContent } from '../cms/fetchSiteContent'
import { cmsUrl } from '../env'
import type { SiteContent } from './types'

let cached: Promise<SiteContent> | undefined
let cachedAt = 0

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
  if (!cached) {
    const pending = load()
    cached = pending
    cachedAt = Date.now()
    // A long-running preview server must not keep a failed fetch for good.
    pending.catch(() => {
      if (cached === pending) cached = undefined
    })
  }
  return cached
}

/**
 * For the preview server, which runs for days: fetch the published content again when what it
 * holds is older than maxAgeMs; the page's own loadSiteContent() calls then share that copy.
 */
export function loadSiteContentNewerThan(maxAgeMs: number): Promise<SiteContent> {
  if (cached && Date.now() - cachedAt > maxAgeMs) cached = undefined
  return loadSiteContent()
}
