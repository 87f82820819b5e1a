/**
 * The search engine in the browser or Web Worker: loads the compact lunr index (`indexData.ts`)
 * into typed arrays and answers lunr queries on it.
 *
 * Scores are lunr's: for each field lunr computes a BM25 weight per term and document
 * (`Builder#createFieldVectors`, rounded to 3 decimals, times the field boost) and scores a query
 * as Σ over fields of (query vector · field vector) / |query vector|, where the query vector holds
 * the summed clause boosts of every expanded term. The loader adds up a term's field weights per
 * document once, so a query touches one posting per (term, document) instead of lunr's
 * per-field MatchData objects, string field refs and sets: the same ranking, two orders of
 * magnitude faster on large result sets. Required clauses, trailing wildcards and edit distance 1
 * behave as in `lunr.Index#query`; a wildcard expands to at most `MAX_EXPANSIONS` terms.
 */
import { editDistanceOne } from './fuzzy'
import { parseIndexData, type SearchIndexData } from './indexData'
import { MissingFilesError, requireFiles } from './missingFiles'
import { RANKING_MARKS } from './rankingTerms'
import { lunrIdf } from './scoring'
import { VARINT_VALUES, VarintReader } from './varint'

/** A trailing wildcard expands to at most this many terms (the shortest, then the most frequent). */
export const MAX_EXPANSIONS = 64

export interface TermPostings {
  /** Document numbers, ascending. */
  docs: Uint32Array
  /** lunr's field weights of the term in each document, summed over the fields. */
  weights: Float64Array
}

export interface SearchIndex {
  readonly stamp: string
  readonly count: number
  /** Sorted index terms. */
  readonly terms: readonly string[]
  /** Characters that occur in terms, except the ranking terms' marks (fuzzy candidates). */
  readonly alphabet: string
  readonly termIds: ReadonlyMap<string, number>
  /** The postings of term t, decoded on first use (see `loadIndex`). */
  postings(t: number): TermPostings
  /** Number of documents that contain term t, without decoding its postings. */
  documentFrequency(t: number): number
  /** Files (postings shards) to load before the postings of these terms can be read. */
  missingFiles(terms: Iterable<number>): string[]
}

export interface Clause {
  /** An index term (already normalised and stemmed: no pipeline runs at query time). */
  term: string
  /** Required: every result contains the clause. Default optional. */
  required?: boolean
  boost?: number
  /** Trailing wildcard: the term is a prefix. */
  prefix?: boolean
  /** 1: terms within edit distance 1 also match. */
  editDistance?: 0 | 1
  /**
   * More index terms that satisfy the clause as well (an OR group, which lunr's query API cannot
   * express): e.g. the stems of the typo corrections of the word as typed.
   */
  anyOf?: readonly string[]
}

export interface EngineHit {
  doc: number
  score: number
}

export interface EngineResult {
  hits: EngineHit[]
  /** Expanded term ids of every clause, in clause order. */
  expansions: number[][]
}

export interface LoadOptions {
  /**
   * Decode every term's postings now (and so check the whole file) instead of on first use.
   * Lazy decoding keeps loading fast at any size: a query decodes only the terms it touches.
   */
  eager?: boolean
}

/**
 * Load the whole index (JSON text or parsed) into a queryable index; throws on anything else.
 * The site ships the split files instead (splitLoad.ts); the whole index serves `createIndex`
 * (tests, the relevance guard) and the lunr-compatibility tests, which rebuild a `lunr.Index`
 * from it, and is the reference the split must answer like (splitLoad.test.ts).
 */
export function loadIndex(json: string | object, options: LoadOptions = {}): SearchIndex {
  const data = parseIndexData(json)
  const terms = data.terms === '' ? [] : data.terms.split(' ')
  const index = createEngineIndex({ ...data, terms }, wholePostings(data, terms.length))
  if (options.eager) {
    let total = 0
    for (let t = 0; t < index.terms.length; t += 1) total += index.postings(t).docs.length
    if (total !== data.postingCount) throw new Error('Search index: postings do not match the announced count')
  }
  return index
}

/** What scoring needs besides the postings: the same in the whole index and in a split manifest. */
export interface IndexCore {
  stamp: string
  count: number
  terms: readonly string[]
  k1: number
  b: number
  boosts: readonly number[]
  patterns: readonly (readonly number[])[]
  /** Per field, the field length of every document, as varints. */
  lengths: readonly string[]
}

/** Where the postings of a term are: the whole postings text in one file, or one shard of it. */
export interface PostingSource {
  /** Term t's postings are `text[start, end)`; undefined when its shard is not loaded. */
  segment(t: number): { text: string; start: number; end: number } | undefined
  /** Number of documents that contain term t, without its postings. */
  documentFrequency(t: number): number
  /** Files still to load before the postings of these terms can be read (none for a whole index). */
  missingFiles(terms: Iterable<number>): string[]
}

/** The postings source of a whole index file (`SearchIndexData`). */
function wholePostings(data: SearchIndexData, termCount: number): PostingSource {
  // Where each term's postings start in the postings text.
  const starts = new Uint32Array(termCount + 1)
  const segmentReader = new VarintReader(data.termLengths)
  for (let t = 0; t < termCount; t += 1) starts[t + 1] = starts[t]! + segmentReader.next()
  if (!segmentReader.done || starts[termCount] !== data.postings.length) {
    throw new Error('Search index: postings do not match the term list')
  }
  const text = data.postings
  return {
    segment: (t) => ({ text, start: starts[t]!, end: starts[t + 1]! }),
    documentFrequency: (t) => new VarintReader(text.slice(starts[t]!, Math.min(starts[t + 1]!, starts[t]! + 8))).next(),
    missingFiles: () => [],
  }
}

/** A queryable index over the core data and a postings source. */
export function createEngineIndex(core: IndexCore, source: PostingSource): SearchIndex {
  const { terms, count, k1, b, boosts } = core

  const lengths = core.lengths.map((text) => {
    const reader = new VarintReader(text)
    const values = new Float64Array(count)
    for (let d = 0; d < count; d += 1) values[d] = reader.next()
    if (!reader.done) throw new Error('Search index: field lengths do not match the document count')
    return values
  })
  // Per field and document, lunr's length normalisation k1·(1 − b + b·length/average), computed
  // in lunr's order of operations so the weights come out bit for bit the same.
  const norms = lengths.map((values) => {
    const average = count === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / count
    return values.map((length) => k1 * (1 - b + b * (length / average)))
  })
  // Per pattern, only the fields the term is in: field numbers and term frequencies.
  const patternFields = core.patterns.map((tfs) => tfs.flatMap((tf, f) => (tf > 0 ? [f] : [])))
  const patternTfs = core.patterns.map((tfs) => tfs.filter((tf) => tf > 0))
  const patternCount = core.patterns.length

  const decoded: (TermPostings | undefined)[] = new Array(terms.length)

  const decode = (t: number): TermPostings => {
    const segment = source.segment(t)
    if (segment === undefined) throw new MissingFilesError(source.missingFiles([t]))
    const { text, end } = segment
    let position = segment.start
    // Inlined VarintReader#next: this runs once per posting number.
    const read = (): number => {
      let value = 0
      let scale = 1
      for (;;) {
        const digit = position < end ? (VARINT_VALUES[text.charCodeAt(position)] ?? -1) : -1
        if (digit < 0)
          throw new Error(position >= end ? 'Truncated number in search index' : 'Invalid character in search index')
        position += 1
        if (digit < 32) return value + digit * scale
        value += (digit - 32) * scale
        scale *= 32
      }
    }
    const n = read()
    if (n > count) throw new Error('Search index: more postings than documents')
    const idf = lunrIdf(n, count)
    const docs = new Uint32Array(n)
    const weights = new Float64Array(n)
    let doc = -1
    for (let i = 0; i < n; i += 1) {
      doc += read() + 1
      const pattern = read()
      if (doc >= count || pattern >= patternCount) throw new Error('Search index: posting out of range')
      const fields = patternFields[pattern]!
      const tfs = patternTfs[pattern]!
      let weight = 0
      for (let j = 0; j < fields.length; j += 1) {
        const f = fields[j]!
        const tf = tfs[j]!
        weight += Math.round(((idf * ((k1 + 1) * tf)) / (norms[f]![doc]! + tf)) * boosts[f]! * 1000) / 1000
      }
      docs[i] = doc
      weights[i] = weight
    }
    if (position !== end) throw new Error('Search index: postings do not match the term list')
    return { docs, weights }
  }

  // Without the ranking terms' marks: a typo never expands to a name or pair term ("=advies" from "qadvies").
  // The synonym mark stays, as in lunr: "leerplicht" within one edit of "_leerplicht" is the same word.
  const alphabet = [...new Set(terms.join(''))]
    .filter((c) => !RANKING_MARKS.includes(c))
    .sort()
    .join('')
  return {
    stamp: core.stamp,
    count,
    terms,
    alphabet,
    termIds: new Map(terms.map((term, id) => [term, id])),
    postings(t) {
      let postings = decoded[t]
      if (postings === undefined) {
        if (!(t >= 0 && t < terms.length)) throw new RangeError(`No term ${t}`)
        postings = decode(t)
        decoded[t] = postings
      }
      return postings
    },
    documentFrequency(t) {
      const cached = decoded[t]
      if (cached !== undefined) return cached.docs.length
      return source.documentFrequency(t)
    },
    missingFiles: (ids) => source.missingFiles(ids),
  }
}

/** First index in the sorted terms that is ≥ `term`. */
export function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0
  let hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (terms[mid]! < term) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Term ids a clause matches, as lunr's token set intersection would (wildcards bounded), plus `anyOf`. */
export function expandClause(index: SearchIndex, clause: Clause): number[] {
  const ids = expandTerm(index, clause)
  if (clause.anyOf === undefined || clause.anyOf.length === 0) return ids
  const all = new Set(ids)
  for (const term of clause.anyOf) {
    const id = index.termIds.get(term)
    if (id !== undefined) all.add(id)
  }
  return [...all].sort((a, b) => a - b)
}

function expandTerm(index: SearchIndex, clause: Clause): number[] {
  if (clause.prefix) {
    const ids: number[] = []
    for (let t = lowerBound(index.terms, clause.term); t < index.terms.length; t += 1) {
      if (!index.terms[t]!.startsWith(clause.term)) break
      ids.push(t)
    }
    if (ids.length <= MAX_EXPANSIONS) return ids
    const size = (t: number) => index.documentFrequency(t)
    return ids
      .sort((a, b) => index.terms[a]!.length - index.terms[b]!.length || size(b) - size(a) || a - b)
      .slice(0, MAX_EXPANSIONS)
      .sort((a, b) => a - b)
  }
  if (clause.editDistance === 1) {
    const ids: number[] = []
    for (const candidate of editDistanceOne(clause.term, index.alphabet)) {
      const id = index.termIds.get(candidate)
      if (id !== undefined) ids.push(id)
    }
    return ids.sort((a, b) => a - b)
  }
  const id = index.termIds.get(clause.term)
  return id === undefined ? [] : [id]
}

export interface Matches {
  /** Number of matching documents. */
  count: number
  /** Matching document numbers (first `count` entries), ascending. */
  docs: Uint32Array
  /** lunr's score of each matching document, same positions as `docs`. */
  scores: Float64Array
  /** Expanded term ids of every clause, in clause order. */
  expansions: number[][]
}

/**
 * Evaluate clauses as `lunr.Index#query` would (every clause on all fields, pipeline off):
 * documents that contain every required clause (any one of its expanded terms) and at least one
 * term, with lunr's score. Unsorted (by document number); see `topMatches` and `runQuery`.
 */
export function matchDocuments(index: SearchIndex, clauses: readonly Clause[]): Matches {
  const expansions = clauses.map((clause) => expandClause(index, clause))
  const none: Matches = { count: 0, docs: new Uint32Array(0), scores: new Float64Array(0), expansions }
  if (clauses.filter((clause) => clause.required).length > 30) throw new RangeError('At most 30 required clauses')
  if (clauses.some((clause, i) => clause.required && expansions[i]!.length === 0)) return none

  // Per expanded term: the summed boost of the clauses (lunr's query vector) and their required bits.
  const boostOf = new Map<number, number>()
  const bitsOf = new Map<number, number>()
  let allRequired = 0
  let bit = 1
  clauses.forEach((clause, i) => {
    const clauseBit = clause.required ? bit : 0
    if (clause.required) {
      allRequired |= bit
      bit <<= 1
    }
    for (const t of expansions[i]!) {
      boostOf.set(t, (boostOf.get(t) ?? 0) + (clause.boost ?? 1))
      bitsOf.set(t, (bitsOf.get(t) ?? 0) | clauseBit)
    }
  })
  if (boostOf.size === 0) return none
  // A split index throws here, before any work, listing every shard the clauses need.
  requireFiles(index.missingFiles(boostOf.keys()))

  const scores = new Float64Array(index.count)
  const seen = new Uint32Array(index.count)
  const matched = 0x80000000
  let norm = 0
  for (const [t, boost] of boostOf) {
    norm += boost * boost
    const bits = (bitsOf.get(t)! | matched) >>> 0
    const { docs: termDocs, weights } = index.postings(t)
    for (let p = 0; p < termDocs.length; p += 1) {
      const d = termDocs[p]!
      scores[d] = scores[d]! + boost * weights[p]!
      seen[d] = (seen[d]! | bits) >>> 0
    }
  }
  norm = Math.sqrt(norm)
  const need = (allRequired | matched) >>> 0

  let count = 0
  const docs = new Uint32Array(index.count)
  for (let d = 0; d < index.count; d += 1) {
    if ((seen[d]! & need) >>> 0 === need) {
      docs[count] = d
      scores[count] = scores[d]! / norm
      count += 1
    }
  }
  return { count, docs, scores, expansions }
}

/**
 * The best `limit` matches, by score (highest first), ties by document number; only the
 * positions in `positions` when given (e.g. the ones that pass the facet filters).
 */
export function topMatches(matches: Matches, limit: number, positions?: readonly number[]): EngineHit[] {
  const top: EngineHit[] = []
  const n = positions === undefined ? matches.count : positions.length
  for (let k = 0; k < n; k += 1) {
    const i = positions === undefined ? k : positions[k]!
    const score = matches.scores[i]!
    const doc = matches.docs[i]!
    if (top.length >= limit) {
      const worst = top[top.length - 1]
      if (worst === undefined || score < worst.score || (score === worst.score && doc > worst.doc)) continue
      top.pop()
    }
    let at = top.length
    while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.doc > doc))) at -= 1
    top.splice(at, 0, { doc, score })
  }
  return top
}

/** All matches sorted as lunr sorts its results (ties by document number). */
export function runQuery(index: SearchIndex, clauses: readonly Clause[]): EngineResult {
  const matches = matchDocuments(index, clauses)
  const hits: EngineHit[] = []
  for (let i = 0; i < matches.count; i += 1) hits.push({ doc: matches.docs[i]!, score: matches.scores[i]! })
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc)
  return { hits, expansions: matches.expansions }
}

/** Whether `doc` has a posting for term `t` (binary search). */
export function hasPosting(index: SearchIndex, t: number, doc: number): boolean {
  const { docs } = index.postings(t)
  let lo = 0
  let hi = docs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const d = docs[mid]!
    if (d === doc) return true
    if (d < doc) lo = mid + 1
    else hi = mid
  }
  return false
}
