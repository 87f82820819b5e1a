/**
 * The site's published content as search documents: every collection the search core knows
 * (see SearchSources), except the pages whose path the site cannot build (they have no page).
 */
import { searchDocumentsFromPayload } from '@mao/shared/search/fromPayload'
import type { SearchDocument } from '@mao/shared/search/types'
import { pagePath } from '../content/paths'
import type { SiteContent } from '../content/types'

export function siteSearchDocuments(content: SiteContent): SearchDocument[] {
  return searchDocumentsFromPayload({ ...content, pages: content.pages.filter((page) => pagePath(page) !== null) })
}
