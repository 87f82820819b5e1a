import { loadPublishedContent } from '../content/loadSiteContent'
import { pagePath } from '../content/paths'
import type { SiteContent } from '../content/types'
import { trackedSource } from '../incremental/trackedSource'

/** By content: the preview server loads fresh content now and then, a build once. */
const paths = new WeakMap<SiteContent, string[]>()

/**
 * The paths of the published CMS pages, sorted: which footer and home links exist. A tracked
 * source of its own, so that every page's footer depends on this list only, not on the content of
 * every CMS page (editing a page's text must not re-render the whole site).
 */
export const loadPublishedPagePaths = trackedSource('page-paths', async (): Promise<string[]> => {
  const content = await loadPublishedContent()
  let known = paths.get(content)
  if (!known) {
    known = content.pages
      .map(pagePath)
      .filter((path): path is string => path !== null)
      .sort()
    paths.set(content, known)
  }
  return known
})
