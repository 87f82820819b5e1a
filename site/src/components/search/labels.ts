/** Dutch labels of the search page. The type labels come from the page as a prop (`searchTypeLabels`). */

/** Dutch name of each result type ("Goed voorbeeld"), by type key. */
export type TypeLabels = Readonly<Record<string, string>>

export const FACET_LEGENDS = { type: 'Soort', theme: 'Thema', region: 'Regio' } as const

export const EXAMPLE_QUERIES = ['passend onderwijs', 'thuiszitters', 'OOGO', 'jeugdhulp op school'] as const

export function resultCountText(total: number, query: string): string {
  const noun = total === 1 ? 'resultaat' : 'resultaten'
  return `${total} ${noun} voor ‘${query.trim()}’`
}
