import { FACET_LEGENDS, type TypeLabels } from './labels'
import type { SearchFilters, SearchView } from '../../lib/search/protocol'

type Dimension = keyof SearchView['facets']

const SELECTED: Record<Dimension, keyof SearchFilters> = { type: 'type', theme: 'themes', region: 'regions' }

interface Props {
  facets: SearchView['facets']
  filters: SearchFilters
  onToggle: (dimension: Dimension, value: string) => void
  /** Open or folded (narrow screens start folded, so the results come into view). */
  open: boolean
  onOpenChange: (open: boolean) => void
  typeLabels: TypeLabels
}

/**
 * Facet filters with counts: one group of checkboxes per dimension, in a disclosure
 * (details/summary) that narrow screens start folded. Native controls, so keyboard operable.
 */
export function FacetFilters({ facets, filters, onToggle, open, onOpenChange, typeLabels }: Props) {
  const groups = (Object.keys(FACET_LEGENDS) as Dimension[]).filter(
    (dimension) => Object.keys(facets[dimension]).length > 0,
  )
  if (groups.length === 0) return null
  const active = filters.type.length + filters.themes.length + filters.regions.length
  return (
    <details
      className="mao-zoeken__facets"
      open={open}
      onToggle={(event) => onOpenChange((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="mao-zoeken__facets-summary">
        Filteren{active > 0 ? <span className="mao-zoeken__count"> ({active} gekozen)</span> : null}
      </summary>
      {groups.map((dimension) => (
        <fieldset key={dimension} className="mao-zoeken__facet">
          <legend>{FACET_LEGENDS[dimension]}</legend>
          {Object.entries(facets[dimension]).map(([value, count]) => {
            const id = `filter-${dimension}-${value}`.replace(/[^a-zA-Z0-9_-]+/g, '-')
            const selected = (filters[SELECTED[dimension]] as readonly string[]).includes(value)
            const label = dimension === 'type' ? (typeLabels[value] ?? value) : value
            return (
              <div key={value} className="mao-zoeken__option">
                <input type="checkbox" id={id} checked={selected} onChange={() => onToggle(dimension, value)} />
                <label htmlFor={id}>
                  {label} <span className="mao-zoeken__count">({count})</span>
                </label>
              </div>
            )
          })}
        </fieldset>
      ))}
    </details>
  )
}
