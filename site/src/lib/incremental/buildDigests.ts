import { loadPublishedContent } from '../content/loadSiteContent'
import { Digests } from './digests'
import type { IncrementalBuild } from './incrementalBuild'

/** The build's one set of digests, over its published content and at its one "now". */
export async function buildDigests(build: IncrementalBuild): Promise<Digests> {
  const content = await loadPublishedContent()
  return build.useDigests(() => new Digests(content, build.now))
}
