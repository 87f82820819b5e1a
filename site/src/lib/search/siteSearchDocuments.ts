/**
 * The site's published content as search documents: every searchable collection (declared in
 * @mao/shared/searchSources), except the pages whose path the site cannot build (they have no page).
 */
import type { SearchDocument } from '@mao/shared/search/types'
import { searchDocumentsFromPayload } from '@mao/shared/searchDocuments'
import { pagePath } from '../content/paths'
import type { SiteContent } from '../content/types'

export function siteSearchDocuments(content: SiteContent): SearchDocument[] {
  return searchDocumentsFromPayload({ ...content, pages: content.pages.filter((page) => pagePath(page) !== null) })
}
