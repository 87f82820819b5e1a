/**
 * Query side (browser / Web Worker). Visitor input never reaches lunr's query parser: it is
 * tokenised with the index normaliser, stop words are dropped, and the query is built with
 * `index.query` from stems we control, so lunr syntax (`+ - : ~ * ^ "`) is just punctuation.
 *
 * Strategy, first one with hits wins:
 *   1. every word required, exact stem (boost 10); the last word, if still being typed and ≥ 3
 *      characters, as a prefix of its stem (search-as-you-type);
 *   2. every word required, edit distance 1 (words of ≥ 4 characters)        → fuzzy: true;
 *   3. any word (OPTIONAL), exact/prefix as in 1                              → partial: true;
 *   4. any word, edit distance 1                                              → fuzzy + partial.
 */
import { lunr, stem } from './lunr-nl'
import { foldText, isIndexable, tokenize } from './normalize'
import { getStoredDoc, type DocumentStore, type StoredDoc } from './store'
import { getSynonymMatcher } from './synonyms'
import type { DocType } from './types'

export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_TERMS = 10
export const DEFAULT_LIMIT = 20
export const MIN_PREFIX_LENGTH = 3
export const MIN_FUZZY_LENGTH = 4
const EXACT_BOOST = 10
const ALTERNATIVE_BOOST = 2

export interface SearchOptions {
  type?: DocType | readonly DocType[]
  /** Documents with any of these themes (OR within the dimension, AND across dimensions). */
  themes?: readonly string[]
  regions?: readonly string[]
  /** Maximum number of results returned (default 20); facets and `total` count all hits. */
  limit?: number
  /** Prefix search on the last word while it is being typed (default true). */
  prefix?: boolean
}

export interface SearchHit {
  ref: string
  score: number
  doc: StoredDoc
  /** Index terms (stems) that matched, plus words of their synonym groups; feed to `highlight`. */
  matches: string[]
}

export type FacetCounts = Record<string, number>

export interface SearchFacets {
  type: FacetCounts
  theme: FacetCounts
  region: FacetCounts
}

export interface SearchResponse {
  results: SearchHit[]
  /** Hits after filtering, before `limit`. */
  total: number
  /** Per dimension: counts over the hits filtered by the *other* dimensions' selections. */
  facets: SearchFacets
  /** Results come from the edit-distance-1 retry. */
  fuzzy: boolean
  /** Not every word could be matched; results match some of the words. */
  partial: boolean
  /** Nothing to search for (empty, only stop words or punctuation). */
  empty: boolean
  /** The normalised query words, e.g. to highlight titles. */
  terms: string[]
}

export interface QueryTerm {
  /** Normalised word: compound joined ("onderwijszorgarrangement"), "'s" removed ("regio"). */
  word: string
  stem: string
  /** Stems of the word's other forms (compound parts, "'s" form); optional, for ranking. */
  alternatives: string[]
  /** Set on the last word when it is being typed: prefix of the stem to expand with `*`. */
  prefix?: string
}

/** Tokenise visitor input into query terms: stop words dropped, duplicates removed, at most 10. */
export function parseQuery(rawQuery: string, options: { prefix?: boolean } = {}): QueryTerm[] {
  const text = String(rawQuery ?? '').slice(0, MAX_QUERY_LENGTH)
  const units = tokenize(text)
  const terms: QueryTerm[] = []
  const seen = new Set<string>()
  for (const unit of units) {
    if (!isIndexable(unit.key)) continue
    const stemmed = stem(unit.key)
    if (seen.has(stemmed)) continue
    seen.add(stemmed)
    const alternatives = new Set(unit.forms.filter((f) => f !== unit.key && isIndexable(f)).map((f) => stem(f)))
    alternatives.delete(stemmed)
    terms.push({ word: unit.key, stem: stemmed, alternatives: [...alternatives] })
    if (terms.length >= MAX_QUERY_TERMS) break
  }

  const last = terms[terms.length - 1]
  const lastUnit = units[units.length - 1]
  const stillTyping = /[a-z0-9]$/.test(foldText(text))
  if (options.prefix !== false && last !== undefined && stillTyping && lastUnit?.key === last.word) {
    const prefix = commonPrefix(last.word, last.stem)
    if (last.word.length >= MIN_PREFIX_LENGTH && prefix.length >= MIN_PREFIX_LENGTH) last.prefix = prefix
  }
  return terms
}

function commonPrefix(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return a.slice(0, i)
}

interface Mode {
  required: boolean
  fuzzy: boolean
}

function runQuery(index: lunr.Index, terms: readonly QueryTerm[], mode: Mode): lunr.Index.Result[] {
  const presence = mode.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL
  return index.query((q) => {
    for (const t of terms) {
      if (mode.fuzzy && t.stem.length >= MIN_FUZZY_LENGTH) {
        q.term(t.stem, { usePipeline: false, presence, editDistance: 1, boost: 1 })
        q.term(t.stem, { usePipeline: false, boost: EXACT_BOOST })
      } else if (t.prefix !== undefined) {
        // The wildcard clause also matches the exact stem; the exact clause only ranks it higher.
        q.term(t.prefix, { usePipeline: false, presence, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
        q.term(t.stem, { usePipeline: false, boost: EXACT_BOOST })
      } else {
        q.term(t.stem, { usePipeline: false, presence, boost: EXACT_BOOST })
      }
      for (const alternative of t.alternatives) {
        q.term(alternative, { usePipeline: false, boost: ALTERNATIVE_BOOST })
      }
    }
  })
}

function modesFor(terms: readonly QueryTerm[]): Mode[] {
  const canFuzzy = terms.some((t) => t.stem.length >= MIN_FUZZY_LENGTH)
  const modes: Mode[] = [{ required: true, fuzzy: false }]
  if (canFuzzy) modes.push({ required: true, fuzzy: true })
  if (terms.length > 1) {
    modes.push({ required: false, fuzzy: false })
    if (canFuzzy) modes.push({ required: false, fuzzy: true })
  }
  return modes
}

type Dimension = keyof SearchFacets

interface Selection {
  type?: ReadonlySet<string>
  theme?: ReadonlySet<string>
  region?: ReadonlySet<string>
}

function toSet(value: string | readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined
  const values = typeof value === 'string' ? [value] : value
  return values.length === 0 ? undefined : new Set(values)
}

function valuesOf(doc: StoredDoc, dimension: Dimension): readonly string[] {
  if (dimension === 'type') return [doc.type]
  return dimension === 'theme' ? doc.themes : doc.regions
}

const DIMENSIONS: readonly Dimension[] = ['type', 'theme', 'region']

function passes(doc: StoredDoc, selection: Selection, skip?: Dimension): boolean {
  return DIMENSIONS.every((dimension) => {
    const selected = selection[dimension]
    if (dimension === skip || selected === undefined) return true
    return valuesOf(doc, dimension).some((v) => selected.has(v))
  })
}

function countFacets(docs: readonly StoredDoc[], selection: Selection): SearchFacets {
  const facets = { type: {}, theme: {}, region: {} } as SearchFacets
  for (const dimension of DIMENSIONS) {
    const counts = new Map<string, number>()
    for (const value of selection[dimension] ?? []) counts.set(value, 0)
    for (const doc of docs) {
      if (!passes(doc, selection, dimension)) continue
      for (const value of new Set(valuesOf(doc, dimension))) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
    facets[dimension] = Object.fromEntries(sorted)
  }
  return facets
}

function emptyFacets(): SearchFacets {
  return { type: {}, theme: {}, region: {} }
}

/**
 * Search the index. Never throws on visitor input; never calls `index.search` (lunr's query
 * parser). An empty or stop-words-only query gives `empty: true` and no results.
 */
export function search(
  index: lunr.Index,
  store: DocumentStore,
  rawQuery: string,
  options: SearchOptions = {},
): SearchResponse {
  const terms = parseQuery(rawQuery, { prefix: options.prefix })
  const words = terms.map((t) => t.word)
  if (terms.length === 0) {
    return { results: [], total: 0, facets: emptyFacets(), fuzzy: false, partial: false, empty: true, terms: words }
  }

  let hits: { result: lunr.Index.Result; doc: StoredDoc }[] = []
  let mode: Mode = { required: true, fuzzy: false }
  for (const candidate of modesFor(terms)) {
    hits = []
    for (const result of runQuery(index, terms, candidate)) {
      const doc = getStoredDoc(store, result.ref)
      if (doc !== undefined) hits.push({ result, doc })
    }
    mode = candidate
    if (hits.length > 0) break
  }

  const selection: Selection = {
    type: toSet(options.type),
    theme: toSet(options.themes),
    region: toSet(options.regions),
  }
  const filtered = hits.filter((hit) => passes(hit.doc, selection))
  const limit =
    options.limit === undefined || Number.isNaN(options.limit) ? DEFAULT_LIMIT : Math.max(0, Math.floor(options.limit))
  const synonyms = getSynonymMatcher()

  const results = filtered.slice(0, limit).map(({ result, doc }): SearchHit => {
    const matched = Object.keys(result.matchData.metadata)
    const related = matched.flatMap((term) => synonyms.related(term))
    return { ref: result.ref, score: result.score, doc, matches: [...new Set([...matched, ...related])] }
  })

  return {
    results,
    total: filtered.length,
    facets: countFacets(
      hits.map((hit) => hit.doc),
      selection,
    ),
    fuzzy: hits.length > 0 && mode.fuzzy,
    partial: hits.length > 0 && !mode.required && terms.length > 1,
    empty: false,
    terms: words,
  }
}

export interface HighlightSegment {
  text: string
  match: boolean
}

const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u2018\u02BC`\u00B4\-\u2010\u2011][\p{L}\p{N}\p{M}]+)*/gu

/**
 * Split `text` into segments, marking the words that match one of `terms` (query words, stems or
 * `SearchHit.matches`): same normalised form, same stem, or starting with a term of ≥ 3
 * characters. Stop words are never marked. Returns data, not HTML, so the UI escapes as usual.
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  const exact = new Set<string>()
  const stems = new Set<string>()
  const prefixes = new Set<string>()
  for (const term of terms) {
    for (const unit of tokenize(term)) {
      for (const form of unit.forms) {
        if (!isIndexable(form)) continue
        exact.add(form)
        stems.add(stem(form))
        if (form.length >= MIN_PREFIX_LENGTH) prefixes.add(form)
      }
    }
  }
  const isMatch = (word: string): boolean =>
    tokenize(word).some((unit) =>
      unit.forms.some((form) => {
        if (!isIndexable(form)) return false
        const s = stem(form)
        if (exact.has(form) || exact.has(s) || stems.has(s)) return true
        for (const p of prefixes) if (form.startsWith(p)) return true
        return false
      }),
    )

  const segments: HighlightSegment[] = []
  const push = (segment: string, match: boolean): void => {
    if (segment === '') return
    const previous = segments[segments.length - 1]
    if (previous !== undefined && previous.match === match) previous.text += segment
    else segments.push({ text: segment, match })
  }
  let position = 0
  for (const found of text.matchAll(WORD_PATTERN)) {
    const start = found.index
    push(text.slice(position, start), false)
    push(found[0], exact.size > 0 && isMatch(found[0]))
    position = start + found[0].length
  }
  push(text.slice(position), false)
  return segments
}
