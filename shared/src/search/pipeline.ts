/**
 * Index builder (build time). Every field is tokenised and normalised here, stop words dropped
 * and synonyms expanded; lunr receives arrays of ready-made words, so its own tokenizer and the
 * lunr-languages trimmer (which would also strip digits) are not involved. The index pipeline is
 * just the Dutch stemmer (`stemmer-nl-search`: lunr-languages' stemmer, cached, aware of the
 * synonym mark); the query side stems with the same function. Synonym expansions are indexed
 * with a mark (`_jeugdzorg`), so a literal match can outrank a synonym match.
 *
 * The body is not indexed in full: per document, its most distinctive terms (tf-idf over the
 * corpus, after stop words and stemming) are kept, plus every term that belongs to a synonym
 * group of the field.
 */
import { bodyWords, fieldWords, type BodyStats, type BodyTerms, type FieldTerms } from './documentTerms'
import { indexStem } from './indexStem'
import { lunr, registerDutch } from './lunr-nl'
import { tokenize, unitTerms } from './normalize'
import { getSynonymMatcher, markSynonym, type SynonymMatcher } from './synonyms'
import { FIELD_BOOSTS, SEARCH_FIELDS, type SearchDocument, type SearchField } from './types'

export { registerDutch } from './lunr-nl'

export const DEFAULT_MAX_BODY_TERMS = 40
/** A kept body term is repeated up to this many times, so the body keeps a little tf signal. */
const MAX_BODY_TERM_REPEAT = 3

export interface IndexOptions {
  /**
   * Distinctive body terms kept per document (default 40). `Infinity` indexes the whole body,
   * 0 leaves the body out.
   */
  maxBodyTerms?: number
  /** Synonym matcher; defaults to the built-in groups of the field. */
  synonyms?: SynonymMatcher
}

/** A document as fed to lunr: every field an array of normalised, unstemmed words. */
export type PreparedDocument = { id: string } & Record<SearchField, string[]>

export const STEMMER_LABEL = 'stemmer-nl-search'
let searchStemmer: lunr.PipelineFunction | undefined

/**
 * The index pipeline: lunr-languages' Dutch (Snowball) stemmer behind a cache, which stems a
 * synonym-marked word ("_thuiszitters") without its mark and puts the mark back.
 */
export function dutchSearchStemmer(): lunr.PipelineFunction {
  if (searchStemmer === undefined) {
    registerDutch()
    const fn: lunr.PipelineFunction = (token) => token.update(indexStem)
    lunr.Pipeline.registerFunction(fn, STEMMER_LABEL)
    searchStemmer = fn
  }
  return searchStemmer
}

/** A lunr builder with the fields, boosts and Dutch pipeline of the site index. */
export function createBuilder(): lunr.Builder {
  const stemmer = dutchSearchStemmer()
  const builder = new lunr.Builder()
  builder.ref('id')
  for (const field of SEARCH_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] })
  builder.pipeline.add(stemmer)
  builder.searchPipeline.add(stemmer)
  builder.metadataWhitelist = []
  return builder
}

/** Body terms kept per document: `maxBodyTerms` checked (a whole number ≥ 0, or Infinity). */
export function maxBodyTermsOf(options: IndexOptions): number {
  const maxBodyTerms = options.maxBodyTerms ?? DEFAULT_MAX_BODY_TERMS
  if (!(maxBodyTerms >= 0)) throw new RangeError(`maxBodyTerms must be ≥ 0, got ${maxBodyTerms}`)
  return maxBodyTerms
}

/** Every document needs an id of its own. */
export function checkDocumentIds(docs: readonly SearchDocument[]): void {
  const seen = new Set<string>()
  for (const doc of docs) {
    if (typeof doc.id !== 'string' || doc.id === '') throw new Error('Search document without id')
    if (seen.has(doc.id)) throw new Error(`Duplicate search document id: ${doc.id}`)
    seen.add(doc.id)
  }
}

/**
 * Normalise, expand and select terms for every field of every document: the words lunr.Builder
 * gets in the reference index of the tests (test-lunrIndexes.ts). `buildIndexData` counts the
 * same terms itself (documentTerms.ts), so it can reuse them per document.
 */
export function prepareDocuments(docs: readonly SearchDocument[], options: IndexOptions = {}): PreparedDocument[] {
  const maxBodyTerms = maxBodyTermsOf(options)
  const synonyms = options.synonyms ?? getSynonymMatcher()
  checkDocumentIds(docs)
  const bodies = selectBodyTerms(
    docs.map((doc) => doc.body),
    maxBodyTerms,
    synonyms,
  )
  return docs.map((doc, i) => ({ id: doc.id, ...fieldWords(doc, synonyms), body: bodies[i] ?? [] }))
}

/**
 * Per body, the `maxTerms` stems with the highest tf-idf ((1 + ln tf) · ln(1 + N / df)), each as
 * its first surface form (repeated up to 3× by tf), plus the words of synonym groups found in
 * the body and their expansion. `Infinity` returns all terms with their full frequency.
 */
export function selectBodyTerms(
  bodies: readonly string[],
  maxTerms: number = DEFAULT_MAX_BODY_TERMS,
  synonyms: SynonymMatcher = getSynonymMatcher(),
): string[][] {
  if (maxTerms === 0) return bodies.map(() => [])
  if (maxTerms === Infinity) {
    return bodies.map((body) => {
      const units = tokenize(body)
      return [...unitTerms(units), ...synonyms.match(units).expansion.map(markSynonym)]
    })
  }
  const words = bodies.map((body) => bodyWords(body, synonyms))
  const ranked = rankBodies(
    words.map((w) => w.stats),
    maxTerms,
  )
  return words.map(({ stats, forms, expansion }, d) => {
    const selected: string[] = []
    for (const t of ranked[d]!) {
      const repeat = Math.min(stats.tfs[t]!, MAX_BODY_TERM_REPEAT)
      for (let r = 0; r < repeat; r += 1) selected.push(forms[t]!)
    }
    return [...selected, ...expansion]
  })
}

/**
 * The body's index terms of every document from their statistics (`documentTerms`): the same
 * terms and frequencies as lunr gets from `selectBodyTerms` (a selected form's stem is its stem).
 */
export function selectBodyIndexTerms(bodies: readonly BodyTerms[], maxTerms: number): FieldTerms[] {
  if (maxTerms === 0) return bodies.map(() => ({ terms: [], tfs: [] }))
  const ranked = maxTerms === Infinity ? undefined : rankBodies(bodies, maxTerms, false)
  return bodies.map((body, d) => {
    const field: FieldTerms = { terms: [], tfs: [] }
    const selected = ranked?.[d] ?? body.stems.map((_, t) => t)
    for (const t of selected) {
      field.terms.push(body.stems[t]!)
      field.tfs.push(ranked === undefined ? body.tfs[t]! : Math.min(body.tfs[t]!, MAX_BODY_TERM_REPEAT))
    }
    // Expansion terms carry the synonym mark, which no stem of a body word starts with.
    field.terms.push(...body.expansion.terms)
    field.tfs.push(...body.expansion.tfs)
    return field
  })
}

/**
 * Per body, the positions (in `stems`) of the stems it keeps: best first, or (`ordered` false,
 * for the index, where only the set counts) in any order. Runs over the whole corpus on every
 * build: idf is computed once per stem, and a body with no more stems than `maxTerms` keeps
 * them all without sorting.
 */
function rankBodies(bodies: readonly BodyStats[], maxTerms: number, ordered = true): number[][] {
  const idf = new Map<string, number>()
  for (const { stems } of bodies) for (const s of stems) idf.set(s, (idf.get(s) ?? 0) + 1)
  const n = bodies.length
  for (const [s, df] of idf) idf.set(s, Math.log(1 + n / df))
  return bodies.map(({ stems, tfs, keep }) => {
    if (!ordered && stems.length <= maxTerms) return stems.map((_, t) => t)
    const scores = Float64Array.from(stems, (s, t) => (1 + Math.log(tfs[t]!)) * idf.get(s)!)
    if (!ordered) return topStems(stems, scores, maxTerms, keep)
    // Stems are in order of first occurrence, so the position breaks ties by first occurrence.
    const ranked = stems.map((_, t) => t).sort((a, b) => scores[b]! - scores[a]! || a - b)
    if (ranked.length <= maxTerms) return ranked
    const keepStems = new Set(keep)
    return ranked.filter((t, rank) => rank < maxTerms || keepStems.has(stems[t]!))
  })
}

/**
 * The stems `rankBodies` keeps, in position order: the `maxTerms` best scores (ties to the first
 * occurrence) and the kept ones. A native sort of the scores finds the cut, instead of sorting
 * every stem with a comparator.
 */
function topStems(stems: readonly string[], scores: Float64Array, maxTerms: number, keep: readonly string[]): number[] {
  const cut = scores.slice().sort()[scores.length - maxTerms]!
  let ties = maxTerms
  for (const score of scores) if (score > cut) ties -= 1
  const keepStems = new Set(keep)
  const selected: number[] = []
  scores.forEach((score, t) => {
    if (score > cut || (score === cut && ties-- > 0) || keepStems.has(stems[t]!)) selected.push(t)
  })
  return selected
}
