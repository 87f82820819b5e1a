import path from 'node:path'
import type { SiteContent } from '../content/types'
import { cmsContentEpoch, cmsUrl } from '../env'
import { CONTENT_SNAPSHOT_FILE } from './contentSnapshot'
import { fetchSiteContent } from './fetchSiteContent'

/**
 * The content of a static build. A build the CMS started (CMS_CONTENT_EPOCH) keeps what it
 * fetched in the cache folder, and fetches only what was saved since the last one.
 */
export function fetchBuildContent(cacheDir: string): Promise<SiteContent> {
  const epoch = cmsContentEpoch()
  const snapshot = epoch === undefined ? undefined : { file: path.join(cacheDir, CONTENT_SNAPSHOT_FILE), epoch }
  return fetchSiteContent({ cmsUrl: cmsUrl(), snapshot })
}
