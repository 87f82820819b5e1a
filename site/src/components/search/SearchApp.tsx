/**
 * The search page island. The index lives in a Web Worker (`search.worker.ts`); this component
 * keeps the state (query, filters) in the URL, searches as you type (debounced), shows facets
 * with counts and announces the number of results in a live region. Only a failed load of the
 * manifest turns search off for the visit; a failed search (a shard or chunk that could not be
 * fetched) says so for that query, and the next search fetches the file again.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { FacetFilters } from './FacetFilters'
import { NoResults, type BrowseLink } from './NoResults'
import { resultCountText, type TypeLabels } from './labels'
import type { SearchView } from '../../lib/search/protocol'
import { ResultList } from './ResultList'
import { SearchBox } from './SearchBox'
import { createSearchClient, type SearchClient } from '../../lib/search/searchClient'
import { SearchGuidance } from './SearchGuidance'
import { SuggestionLink } from './SuggestionLink'
import {
  NO_FILTERS,
  parseSearchState,
  serializeSearchState,
  toggleValue,
  type SearchState,
} from '../../lib/search/urlState'

const DEBOUNCE_MS = 150
const PAGE_SIZE = 20
/** From this width the filters sit beside the results, unfolded. */
const WIDE_SCREEN = '(min-width: 48em)'

const FUZZY_TEXT = 'Geen exacte resultaten; we tonen resultaten die erop lijken.'
const PARTIAL_TEXT = 'Niet alle woorden gevonden; we tonen resultaten met een deel van de woorden.'
const UNAVAILABLE_TEXT = 'Zoeken is nu niet beschikbaar.'
const FAILED_TEXT = 'Het zoeken lukte nu niet. Probeer het nog eens: kies Zoeken of pas je zoekterm aan.'
// True for both queries the core drops whole: only stop words or punctuation, or one word over 50 characters.
const EMPTY_TEXT =
  'Op deze zoekterm kunnen we niet zoeken: heel gewone woorden zoals ‘de’ en ‘het’, losse tekens en extreem lange woorden tellen niet mee. Typ een onderwerp, een regio of een naam.'

interface Props {
  /** The search manifest; the worker fetches postings shards and result chunks beside it. */
  manifestUrl: string
  /** Words for "Bedoelde je …?" (fetched by the worker only when a query needs them). */
  wordsUrl: string
  /** Dutch name of each result type, by type key: also the types a `?type=` in the URL may name. */
  typeLabels: TypeLabels
  /** Offered when nothing is found. */
  themes: BrowseLink[]
  regions: BrowseLink[]
}

/** 'error': the manifest could not be loaded (or no worker started), so there is nothing to search in. */
type Status = 'loading' | 'ready' | 'error'

export default function SearchApp({ manifestUrl, wordsUrl, typeLabels, themes, regions }: Props) {
  const types = Object.keys(typeLabels)
  const [state, setState] = useState<SearchState>({ query: '', filters: NO_FILTERS })
  const [input, setInput] = useState('')
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [status, setStatus] = useState<Status>('loading')
  const [answer, setAnswer] = useState<{ query: string; view: SearchView } | null>(null)
  // The latest search failed (a file it needed could not be fetched); the next one tries again.
  const [failed, setFailed] = useState(false)
  // The server-rendered HTML is only the form: results need the worker, so nothing else is promised without JavaScript.
  const [mounted, setMounted] = useState(false)
  const [filtersOpen, setFiltersOpen] = useState(true)
  const client = useRef<SearchClient | null>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const searchField = useRef<HTMLInputElement>(null)
  // A picked link (suggestion, example) disappears with the click: focus goes to the heading of the
  // new results once they are shown (the field when the search failed or the answer has no results section).
  const focusAfterAnswer = useRef(false)
  const [focusRequest, setFocusRequest] = useState(0)

  const commit = useCallback((next: SearchState, history: 'push' | 'replace') => {
    setState(next)
    setLimit(PAGE_SIZE)
    const url = `${window.location.pathname}${serializeSearchState(next)}`
    if (url === `${window.location.pathname}${window.location.search}`) return
    if (history === 'push') window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }, [])

  useEffect(() => {
    setMounted(true)
    setFiltersOpen(window.matchMedia(WIDE_SCREEN).matches)
    const initial = parseSearchState(window.location.search, types)
    setState(initial)
    // Words typed before React took over the field (on a slow connection that can be seconds) are
    // still in it now, and would be gone with the next render: they win over the URL's query.
    setInput(searchField.current?.value || initial.query)
    let worker: Worker
    try {
      worker = new Worker(new URL('../../lib/search/search.worker.ts', import.meta.url), {
        type: 'module',
        name: 'zoeken',
      })
    } catch {
      setStatus('error')
      return
    }
    const searchClient = createSearchClient(worker, manifestUrl, wordsUrl)
    client.current = searchClient
    searchClient.ready.then(
      () => setStatus('ready'),
      () => setStatus('error'),
    )
    const onPopState = () => {
      const restored = parseSearchState(window.location.search, types)
      setState(restored)
      setInput(restored.query)
      setLimit(PAGE_SIZE)
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
      searchClient.dispose()
      client.current = null
    }
  }, [manifestUrl, wordsUrl])

  // Search as you type: the field settles for a moment, then the query (and the URL) follow it.
  useEffect(() => {
    if (input === state.query) return
    const timer = window.setTimeout(() => commit({ ...state, query: input }, 'replace'), DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [input, state, commit])

  useEffect(() => {
    const searchClient = client.current
    if (status !== 'ready' || searchClient === null) return
    setFailed(false)
    if (state.query.trim() === '') {
      setAnswer(null)
      return
    }
    const focus = focusAfterAnswer.current
    focusAfterAnswer.current = false
    let current = true
    const settled = (searchFailed: boolean) => {
      setFailed(searchFailed)
      if (focus) setFocusRequest((n) => n + 1)
    }
    searchClient.search(state.query, state.filters, limit).then(
      ({ view }) => {
        if (!current) return
        setAnswer({ query: state.query, view })
        settled(false)
      },
      () => {
        if (current) settled(true)
      },
    )
    return () => {
      current = false
    }
  }, [state, limit, status])

  useEffect(() => {
    if (focusRequest > 0) (resultsHeading.current ?? searchField.current)?.focus()
  }, [focusRequest])

  const view = answer?.view
  const hasQuery = state.query.trim() !== ''
  // Only the answer to the current query is announced (never an older one while a retry runs).
  const announcement =
    status === 'error'
      ? UNAVAILABLE_TEXT
      : !hasQuery
        ? ''
        : failed
          ? FAILED_TEXT
          : !answer || !view || answer.query !== state.query
            ? ''
            : view.empty
              ? EMPTY_TEXT
              : `${resultCountText(view.total, answer.query)}.${view.fuzzy ? ` ${FUZZY_TEXT}` : view.partial ? ` ${PARTIAL_TEXT}` : ''}${view.suggestion ? ` Bedoelde je ${view.suggestion}?` : ''}`
  const pick = (query: string) => {
    focusAfterAnswer.current = true
    setInput(query)
    commit({ query, filters: state.filters }, 'push')
  }

  return (
    <div className="mao-zoeken" data-mounted={mounted ? '' : undefined}>
      <SearchBox
        ref={searchField}
        value={input}
        onInput={setInput}
        onSubmit={() => commit({ ...state, query: input }, 'push')}
      />
      <div className="mao-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {!mounted ? null : status === 'error' ? (
        <p className="utrecht-paragraph mao-zoeken__notice" data-testid="zoeken-fout">
          {UNAVAILABLE_TEXT} Blader hieronder per thema of per onderdeel van de site.
        </p>
      ) : !hasQuery ? (
        <SearchGuidance onPick={pick} />
      ) : failed ? (
        <p className="utrecht-paragraph mao-zoeken__notice" data-testid="zoeken-mislukt">
          {FAILED_TEXT}
        </p>
      ) : status === 'loading' || !view ? (
        <p className="utrecht-paragraph mao-zoeken__notice">Zoeken…</p>
      ) : view.empty ? (
        <p className="utrecht-paragraph mao-zoeken__notice" data-testid="zoeken-geen-zoekwoorden">
          {EMPTY_TEXT}
        </p>
      ) : (
        <div className="mao-zoeken__layout">
          <FacetFilters
            typeLabels={typeLabels}
            open={filtersOpen}
            onOpenChange={setFiltersOpen}
            facets={view.facets}
            filters={state.filters}
            onToggle={(dimension, value) => {
              const key = dimension === 'type' ? 'type' : dimension === 'theme' ? 'themes' : 'regions'
              const filters = { ...state.filters, [key]: toggleValue(state.filters[key] as string[], value) }
              commit({ query: input, filters }, 'push')
            }}
          />
          <section className="mao-zoeken__answer" aria-labelledby="resultaten-titel">
            <h2 className="utrecht-heading-2" id="resultaten-titel" ref={resultsHeading} tabIndex={-1}>
              {answer ? resultCountText(view.total, answer.query) : 'Resultaten'}
            </h2>
            {view.suggestion ? (
              <SuggestionLink suggestion={view.suggestion} filters={state.filters} onPick={pick} />
            ) : null}
            {view.fuzzy ? <p className="utrecht-paragraph mao-zoeken__notice">{FUZZY_TEXT}</p> : null}
            {!view.fuzzy && view.partial ? (
              <p className="utrecht-paragraph mao-zoeken__notice">{PARTIAL_TEXT}</p>
            ) : null}
            {view.total === 0 ? (
              <NoResults
                themes={themes}
                regions={regions}
                filtered={state.filters.type.length + state.filters.themes.length + state.filters.regions.length > 0}
              />
            ) : (
              <ResultList results={view.results} typeLabels={typeLabels} />
            )}
            {view.total > view.results.length ? (
              <button
                className="utrecht-button utrecht-button--secondary-action utrecht-button--html-button"
                type="button"
                onClick={() => setLimit(limit + PAGE_SIZE)}
              >
                Meer resultaten tonen
              </button>
            ) : null}
          </section>
        </div>
      )}
    </div>
  )
}
