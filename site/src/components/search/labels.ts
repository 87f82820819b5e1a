/** Dutch labels of the search page. */
import type { DocType } from '@mao/shared/search/types'

export const TYPE_LABELS: Record<DocType, string> = {
  news: 'Nieuws',
  practice: 'Goed voorbeeld',
  expert: 'Expert',
  region: 'Inspiratieregio',
  community: 'Community of Practice',
  event: 'Agenda',
  page: 'Pagina',
}

export const FACET_LEGENDS = { type: 'Soort', theme: 'Thema', region: 'Regio' } as const

export const EXAMPLE_QUERIES = ['passend onderwijs', 'thuiszitters', 'OOGO', 'jeugdhulp op school'] as const

export function resultCountText(total: number, query: string): string {
  const noun = total === 1 ? 'resultaat' : 'resultaten'
  return `${total} ${noun} voor ‘${query.trim()}’`
}
