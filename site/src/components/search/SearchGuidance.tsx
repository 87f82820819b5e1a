import { sitePaths } from '@mao/shared/sitePaths'
import { EXAMPLE_QUERIES } from './labels'
import { NO_FILTERS, serializeSearchState } from '../../lib/search/urlState'

/** What to do with an empty search field: a hint and example searches (real links; a click searches in place). */
export function SearchGuidance({ onPick }: { onPick: (query: string) => void }) {
  return (
    <div className="mao-zoeken__guidance">
      <p className="utrecht-paragraph">
        Typ een of meer woorden. Je kunt zoeken op een onderwerp, een afkorting als OOGO of SWV, een regio of een naam.
        Bijvoorbeeld:
      </p>
      <ul className="mao-zoeken__examples">
        {EXAMPLE_QUERIES.map((query) => (
          <li key={query}>
            <a
              className="utrecht-link"
              href={`${sitePaths.search}${serializeSearchState({ query, filters: NO_FILTERS })}`}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
                event.preventDefault()
                onPick(query)
              }}
            >
              {query}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
