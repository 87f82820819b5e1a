/**
 * Query side (browser / Web Worker). Visitor input never reaches lunr's query parser: it is
 * tokenised with the index normaliser, stop words are dropped, and the query is built as lunr
 * clauses from stems we control (`engine.ts`), so lunr syntax (`+ - : ~ * ^ "`) is just punctuation.
 *
 * Before matching, words that ask for expertise are set apart (ranking.ts), other forms of a word
 * the stemmer keeps apart are added (inflections.ts), and compounds the index does not know are
 * split or joined (compounds.ts). Then the strategy, first one with hits wins:
 *   1. every word required, exact stem (boost 10); the last word, if still being typed and ≥ 3
 *      characters, as a prefix of its stem (search-as-you-type);
 *   2. every word required; a word that is not in the index (≥ 4 characters, not a number) also
 *      matches within edit distance 1 of its stem, or as the stem of a word one edit from what
 *      was typed → fuzzy;
 *   3. any word (OPTIONAL), exact/prefix as in 1                              → partial: true;
 *   4. any word, edit distance 1                                              → fuzzy + partial.
 * When 1 finds only one or two documents for three or more words, the documents with some of
 * the words follow them (fallback.ts) → partial: true. The matches are ranked (ranking.ts).
 */
import { resolveCompounds, termLookup } from './compounds'
import { hasPosting, matchDocuments, topMatches, type Clause, type SearchIndex } from './engine'
import { emptyFacets, filterAndCount, type FacetCounts, type SearchFacets, type Selection } from './facets'
import { needsFallback, withPartialMatches } from './fallback'
import { editDistanceOne } from './fuzzy'
import { stem } from './lunr-nl'
import { resolveInflections } from './inflections'
import { commonPrefix, foldText, isIndexable, MIN_PREFIX_LENGTH, tokenize } from './normalize'
import { queryIntent, rankMatches } from './ranking'
import { docCount, requireDocs, storedDoc, type DocumentStore, type StoredDoc } from './store'
import { needsSuggestion, suggestQuery, type Vocabulary } from './suggest'
import { getSynonymMatcher, markSynonym, unmarkSynonym } from './synonyms'
import type { DocType } from './types'

export const MAX_QUERY_LENGTH = 200
export const MAX_QUERY_TERMS = 10
export const DEFAULT_LIMIT = 20
export const MIN_FUZZY_LENGTH = 4
const EXACT_BOOST = 10
const ALTERNATIVE_BOOST = 2
const PHRASE_BOOST = 10
/** A word found through a synonym (OOGO for "op overeenstemming gericht overleg") ranks below the word itself. */
const SYNONYM_BOOST = 5

export interface SearchOptions {
  type?: DocType | readonly DocType[]
  /** Documents with any of these themes (OR within the dimension, AND across dimensions). */
  themes?: readonly string[]
  regions?: readonly string[]
  /** Maximum number of results returned (default 20); facets and `total` count all hits. */
  limit?: number
  /** Prefix search on the last word while it is being typed (default true). */
  prefix?: boolean
  /**
   * Surface words for "Bedoelde je …?" (`createVocabulary(suggestionWords(docs))`). Without it
   * the response has no `suggestion`.
   */
  vocabulary?: Vocabulary
}

export interface SearchHit {
  ref: string
  score: number
  doc: StoredDoc
  /** Index terms (stems) that matched, plus words of their synonym groups; feed to `highlight`. */
  matches: string[]
}

export type { FacetCounts, SearchFacets }

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
  /**
   * "Bedoelde je …?": the query with its unknown words replaced by known ones, when the results
   * are none, few, fuzzy or partial and `options.vocabulary` is given.
   */
  suggestion?: string
}

export interface QueryTerm {
  /** Normalised word: compound joined ("onderwijszorgarrangement"), "'s" removed ("regio"). */
  word: string
  stem: string
  /** Stems of the word's other forms (compound parts, "'s" form); optional, for ranking. */
  alternatives: string[]
  /** Set on the last word when it is being typed: prefix of the stem to expand with `*`. */
  prefix?: string
  /** Set by `search`: the stem is an index term, so a typo retry leaves this word exact. */
  known?: boolean
  /** The parts of a hyphenated word ("zuid", "limburg"), searched instead when the joined form is unknown. */
  parts?: string[]
  /** Index stems of other inflected forms ("werksessie" for "werksessies"; inflections.ts): match as the stem does. */
  variants?: string[]
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
    const term: QueryTerm = { word: unit.key, stem: stemmed, alternatives: [...alternatives] }
    if (unit.parts.length > 1) term.parts = unit.parts
    terms.push(term)
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

export interface Mode {
  required: boolean
  fuzzy: boolean
}

const TYPO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Stems of the words one edit away from the word as typed: "thuiszittres" → "thuiszitters" →
 * "thuiszitter". Edit distance 1 on the stem alone misses such typos, since the stemmer only
 * recognises the suffix once the typo is fixed.
 */
export function typoStems(word: string): string[] {
  const stems = new Set<string>()
  for (const candidate of editDistanceOne(word, TYPO_ALPHABET)) if (isIndexable(candidate)) stems.add(stem(candidate))
  return [...stems]
}

/**
 * Index terms that mark a phrase of the query: when the query contains "passend onderwijs" or
 * "licht verstandelijke beperking", documents that contain that phrase were also indexed with
 * "passendonderwijs" or "LVB" (synonyms.data.ts), so those stems rank the phrase above the
 * loose words.
 */
export function phraseTerms(rawQuery: string): string[] {
  const units = tokenize(String(rawQuery ?? '').slice(0, MAX_QUERY_LENGTH))
  return [
    ...new Set(
      getSynonymMatcher()
        .match(units)
        .phraseWords.map((word) => stem(word)),
    ),
  ]
}

/** The lunr clauses for the query terms in a mode; `phrases` (see `phraseTerms`) only add to the score. */
export function clausesFor(terms: readonly QueryTerm[], mode: Mode, phrases: readonly string[] = []): Clause[] {
  const clauses: Clause[] = phrases.map((term) => ({ term: markSynonym(term), anyOf: [term], boost: PHRASE_BOOST }))
  for (const t of terms) {
    const synonym = markSynonym(t.stem)
    const variants = t.variants ?? []
    if (mode.fuzzy && canBeTypo(t)) {
      const corrections = typoStems(t.word)
      clauses.push({
        term: t.stem,
        required: mode.required,
        editDistance: 1,
        anyOf: [...corrections, ...corrections.map(markSynonym)],
        boost: 1,
      })
      clauses.push({ term: t.stem, boost: EXACT_BOOST })
    } else if (t.prefix !== undefined) {
      // The wildcard clause also matches the exact stem; the exact clause only ranks it higher.
      clauses.push({ term: t.prefix, required: mode.required, prefix: true, anyOf: [synonym, ...variants], boost: 1 })
      clauses.push({ term: t.stem, boost: EXACT_BOOST })
      clauses.push({ term: synonym, boost: SYNONYM_BOOST - 1 })
    } else {
      // Literal or synonym satisfies the word; the literal ranks as EXACT, the synonym as SYNONYM.
      clauses.push({ term: t.stem, required: mode.required, anyOf: [synonym, ...variants], boost: SYNONYM_BOOST })
      clauses.push({ term: t.stem, boost: EXACT_BOOST - SYNONYM_BOOST })
    }
    for (const alternative of t.alternatives) clauses.push({ term: alternative, boost: ALTERNATIVE_BOOST })
  }
  return clauses
}

/** A word the index does not know, long enough to correct, and not a number ("2024" is no typo of "2025"). */
function canBeTypo(t: QueryTerm): boolean {
  return t.stem.length >= MIN_FUZZY_LENGTH && !t.known && !/\d/.test(t.word)
}

function modesFor(terms: readonly QueryTerm[]): Mode[] {
  const canFuzzy = terms.some(canBeTypo)
  const modes: Mode[] = [{ required: true, fuzzy: false }]
  if (canFuzzy) modes.push({ required: true, fuzzy: true })
  if (terms.length > 1) {
    modes.push({ required: false, fuzzy: false })
    if (canFuzzy) modes.push({ required: false, fuzzy: true })
  }
  return modes
}

function toList(value: string | readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined
  return typeof value === 'string' ? [value] : value
}

/**
 * Search the index. Never throws on visitor input (lunr's query parser is never involved). An
 * empty or stop-words-only query gives `empty: true` and no results. Throws when the index and
 * the store come from different builds, and `MissingFilesError` when a split index or store
 * (splitLoad.ts) still needs shards or chunks: load them and search again.
 */
export function search(
  index: SearchIndex,
  store: DocumentStore,
  rawQuery: string,
  options: SearchOptions = {},
): SearchResponse {
  if (index.stamp !== store.stamp || index.count !== docCount(store)) {
    throw new Error('The search index and the document store come from different builds')
  }
  // Every step reads the same text: what is past the cut never changes the intent or the phrase.
  const query = String(rawQuery ?? '').slice(0, MAX_QUERY_LENGTH)
  const parsed = parseQuery(query, { prefix: options.prefix })
  if (parsed.length === 0) {
    return { results: [], total: 0, facets: emptyFacets(), fuzzy: false, partial: false, empty: true, terms: [] }
  }
  // "expert jeugdhulp", "wie weet veel van LVB": match the subject, rank people first (ranking.ts).
  const intent = queryIntent(query, parsed)
  const lookup = termLookup(index)
  const terms = resolveCompounds(resolveInflections(intent.terms, lookup), lookup)
  const words = terms.map((t) => t.word)
  const phrases = phraseTerms(query)
  let matches = matchDocuments(index, [])
  let mode: Mode = { required: true, fuzzy: false }
  for (const candidate of modesFor(terms)) {
    matches = matchDocuments(index, clausesFor(terms, candidate, phrases))
    mode = candidate
    if (matches.count > 0) break
  }
  rankMatches(index, store, query, { ...intent, terms }, matches)
  if (mode.required && !mode.fuzzy && needsFallback(matches, terms.length)) {
    const partial = matchDocuments(index, clausesFor(terms, { required: false, fuzzy: false }, phrases))
    rankMatches(index, store, query, { ...intent, terms }, partial)
    matches = withPartialMatches(matches, partial)
  }
  const selection: Selection = {
    type: toList(options.type),
    theme: toList(options.themes),
    region: toList(options.regions),
  }
  const { passing, facets } = filterAndCount(store, matches.docs, matches.count, selection)
  const limit =
    options.limit === undefined || Number.isNaN(options.limit) ? DEFAULT_LIMIT : Math.max(0, Math.floor(options.limit))
  const synonyms = getSynonymMatcher()
  const expanded = [...new Set(matches.expansions.flat())]

  const top = topMatches(matches, limit, passing)
  // A split store throws here, listing every display chunk of the page shown.
  requireDocs(
    store,
    top.map((hit) => hit.doc),
  )
  const results = top.map((hit): SearchHit => {
    const doc = storedDoc(store, hit.doc)
    const matched = [
      ...new Set(expanded.filter((t) => hasPosting(index, t, hit.doc)).map((t) => unmarkSynonym(index.terms[t]!))),
    ]
    const related = matched.flatMap((term) => synonyms.related(term))
    return { ref: doc.id, score: hit.score, doc, matches: [...new Set([...matched, ...related])] }
  })

  const response: SearchResponse = {
    results,
    total: passing.length,
    facets,
    fuzzy: matches.count > 0 && mode.fuzzy,
    partial: matches.count > 0 && !mode.required && terms.length > 1,
    empty: false,
    terms: words,
  }
  const suggestion = options.vocabulary && suggestionFor(index, query, response, options.vocabulary)
  if (suggestion) response.suggestion = suggestion
  return response
}

/**
 * "Bedoelde je …?" for a response with none, few, fuzzy or partial results: the query with its
 * unknown words replaced by known ones, or undefined. The worker calls it itself, after fetching
 * the words only for the first query that needs them.
 */
export function suggestionFor(
  index: SearchIndex,
  rawQuery: string,
  response: SearchResponse,
  vocabulary: Vocabulary,
): string | undefined {
  if (!needsSuggestion(response)) return undefined
  return suggestQuery(String(rawQuery ?? '').slice(0, MAX_QUERY_LENGTH), vocabulary, termLookup(index))
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
