import { formatDate } from '@mao/shared/dates'
import { Highlighted } from './Highlighted'
import type { TypeLabels } from './labels'
import type { ResultView } from '../../lib/search/protocol'

/** The results: title link and snippet with the matching words marked, the kind of page and its date. */
export function ResultList({ results, typeLabels }: { results: readonly ResultView[]; typeLabels: TypeLabels }) {
  return (
    <ol className="mao-zoeken__results">
      {results.map((result) => (
        <li key={result.id} className="mao-zoeken__result">
          <h3 className="utrecht-heading-3 mao-zoeken__result-title">
            <a className="utrecht-link" href={result.url}>
              <Highlighted segments={result.title} />
            </a>
          </h3>
          <p className="mao-zoeken__result-meta">
            {typeLabels[result.type] ?? result.type}
            {result.date ? <> · {formatDate(result.date)}</> : null}
          </p>
          {result.snippet.length > 0 ? (
            <p className="utrecht-paragraph mao-zoeken__snippet">
              <Highlighted segments={result.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
