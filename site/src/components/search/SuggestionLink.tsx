import { sitePaths } from '@mao/shared/sitePaths'
import { serializeSearchState } from '../../lib/search/urlState'
import type { SearchFilters } from '../../lib/search/protocol'

/** "Bedoelde je …?": a real link (it works in a new tab too); a plain click searches in place. */
export function SuggestionLink({
  suggestion,
  filters,
  onPick,
}: {
  suggestion: string
  filters: SearchFilters
  onPick: (query: string) => void
}) {
  return (
    <p className="utrecht-paragraph mao-zoeken__suggestion" data-testid="zoeken-suggestie">
      Bedoelde je{' '}
      <a
        className="utrecht-link"
        href={`${sitePaths.search}${serializeSearchState({ query: suggestion, filters })}`}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
          event.preventDefault()
          onPick(suggestion)
        }}
      >
        <strong>{suggestion}</strong>
      </a>
      ?
    </p>
  )
}
