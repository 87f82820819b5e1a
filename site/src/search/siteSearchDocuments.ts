/**
 * The site's published content as search documents: news, practices, experts, regions,
 * communities, events and pages (a page whose path the site cannot build is left out, as it
 * has no page either).
 */
import { searchDocumentsFromPayload } from '@mao/shared/search/fromPayload'
import type { SearchDocument } from '@mao/shared/search/types'
import { pagePath } from '../lib/content/paths'
import type { SiteContent } from '../lib/content/types'

export function siteSearchDocuments(content: SiteContent): SearchDocument[] {
  return searchDocumentsFromPayload({
    themes: content.themes,
    regions: content.regions,
    news: content.news,
    practices: content.practices,
    experts: content.experts,
    communities: content.communities,
    events: content.events,
    pages: content.pages.filter((page) => pagePath(page) !== null),
  })
}
