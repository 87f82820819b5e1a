import { publicCollectionInfo } from '@mao/shared/collections'
import type { DocType } from '@mao/shared/search/types'
/** Dutch labels of the search page. */

export const TYPE_LABELS: Record<DocType, string> = {
  news: publicCollectionInfo.news.itemLabel,
  practice: publicCollectionInfo.practices.itemLabel,
  expert: publicCollectionInfo.experts.itemLabel,
  region: publicCollectionInfo.regions.itemLabel,
  community: publicCollectionInfo.communities.itemLabel,
  event: publicCollectionInfo.events.itemLabel,
  page: publicCollectionInfo.pages.itemLabel,
  publication: publicCollectionInfo.publications.itemLabel,
}

export const FACET_LEGENDS = { type: 'Soort', theme: 'Thema', region: 'Regio' } as const

export const EXAMPLE_QUERIES = ['passend onderwijs', 'thuiszitters', 'OOGO', 'jeugdhulp op school'] as const

export function resultCountText(total: number, query: string): string {
  const noun = total === 1 ? 'resultaat' : 'resultaten'
  return `${total} ${noun} voor ‘${query.trim()}’`
}
