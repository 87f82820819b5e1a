/**
 * The search state in the URL: `?q=…&type=…&thema=…&regio=…` (repeated parameters for several
 * values), so a result list can be shared and the back button restores it.
 */
import type { SearchFilters } from './protocol'

export interface SearchState {
  query: string
  filters: SearchFilters
}

const MAX_URL_QUERY_LENGTH = 200
const MAX_VALUES = 20

function values(params: URLSearchParams, name: string): string[] {
  const list = params
    .getAll(name)
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= 100)
  return [...new Set(list)].slice(0, MAX_VALUES)
}

/** The state in `search` (`location.search`); a `type` not in `types` is ignored. */
export function parseSearchState(search: string, types: readonly string[]): SearchState {
  const params = new URLSearchParams(search)
  return {
    query: (params.get('q') ?? '').slice(0, MAX_URL_QUERY_LENGTH),
    filters: {
      type: values(params, 'type').filter((type) => types.includes(type)),
      themes: values(params, 'thema'),
      regions: values(params, 'regio'),
    },
  }
}

export function serializeSearchState({ query, filters }: SearchState): string {
  const params = new URLSearchParams()
  if (query.trim() !== '') params.set('q', query.trim())
  for (const type of filters.type) params.append('type', type)
  for (const theme of filters.themes) params.append('thema', theme)
  for (const region of filters.regions) params.append('regio', region)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

export const NO_FILTERS: SearchFilters = { type: [], themes: [], regions: [] }

export function toggleValue<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value]
}
