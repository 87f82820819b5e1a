import { siteCollections } from '../collections'
import { fetchBuildContent } from '../cms/fetchBuildContent'
import { fetchSiteContent } from '../cms/fetchSiteContent'
import { cmsUrl } from '../env'
import { currentBuild } from '../incremental/incrementalBuild'
import { perBuild } from '../incremental/perBuild'
import { trackContent } from '../incremental/trackedContent'
import type { SiteContent } from './types'
import { devServer } from 'virtual:mao/dev-server'

/** The content as fetched and sorted, and the view pages read, which records what they read (incremental builds). */
type Loaded = { published: SiteContent; view: SiteContent }

/** The content of this build (or of the preview server), and when it was fetched. */
const fetched = perBuild<{ loaded: Promise<Loaded>; at: number }>()

async function load(): Promise<Loaded> {
  const build = currentBuild()
  // A static build's fetch was started by the integration (see IncrementalBuild.content).
  const content = await (build
    ? (build.content ??= fetchBuildContent(build.cacheDir))
    : fetchSiteContent({ cmsUrl: cmsUrl() }))
  // Each sort takes its own collection's documents, which TypeScript cannot follow through a loop.
  const sorted = Object.entries(siteCollections).map(([slug, { sort }]) => [
    slug,
    sort(content[slug as keyof typeof siteCollections] as never),
  ])
  const published: SiteContent = { ...content, ...Object.fromEntries(sorted) }
  return { published, view: trackContent(published) }
}

function loaded(): Promise<Loaded> {
  if (devServer) return load()
  const slot = fetched()
  if (!slot.value) {
    const pending = load()
    slot.value = { loaded: pending, at: Date.now() }
    // A long-running preview server must not keep a failed fetch for good.
    pending.catch(() => {
      if (slot.value?.loaded === pending) slot.value = undefined
    })
  }
  return slot.value.loaded
}

/** All published content, each collection in its list order, fetched once per build (fresh on every request in dev). */
export const loadSiteContent = async (): Promise<SiteContent> => (await loaded()).view

/** The same content read without recording a dependency (digests, search files, derived lists). */
export const loadPublishedContent = async (): Promise<SiteContent> => (await loaded()).published

/**
 * For the preview server, which runs for days: fetch the published content again when what it
 * holds is older than maxAgeMs; the page's own loadSiteContent() calls then share that copy.
 */
export function loadSiteContentNewerThan(maxAgeMs: number): Promise<SiteContent> {
  const slot = fetched()
  if (slot.value && Date.now() - slot.value.at > maxAgeMs) slot.value = undefined
  return loadSiteContent()
}
