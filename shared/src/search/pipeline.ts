/**
 * Index options and the corpus-wide part of the index terms (build time). Each document's terms
 * are computed on their own (documentTerms.ts: tokenised, normalised, stop words dropped,
 * synonyms expanded with a mark, stemmed); only the body's selection needs the whole corpus.
 *
 * The body is not indexed in full: per document, its most distinctive terms (tf-idf over the
 * corpus, after stop words and stemming) are kept, plus every term that belongs to a synonym
 * group of the field.
 */
import type { BodyStats, BodyTerms, FieldTerms } from './documentTerms'
import type { SynonymMatcher } from './synonyms'
import type { SearchDocument } from './types'

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

/** Body terms kept per document: `maxBodyTerms` checked (a whole number ≥ 0, or Infinity). */
export function maxBodyTermsOf(options: IndexOptions): number {
  const maxBodyTerms = options.maxBodyTerms ?? DEFAULT_MAX_BODY_TERMS
  if (!(maxBodyTerms >= 0 && (Number.isInteger(maxBodyTerms) || maxBodyTerms === Infinity))) {
    throw new RangeError(`maxBodyTerms must be a whole number ≥ 0 or Infinity, got ${maxBodyTerms}`)
  }
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
 * Per body, from its statistics (`documentTerms`), the `maxTerms` stems with the highest tf-idf
 * ((1 + ln tf) · ln(1 + N / df), ties to the first occurrence), each with its tf capped at 3, plus
 * the stems of synonym groups found in the body and its synonym expansion. `Infinity` keeps every
 * stem with its full frequency, 0 none.
 */
export function selectBodyIndexTerms(bodies: readonly BodyTerms[], maxTerms: number): FieldTerms[] {
  if (maxTerms === 0) return bodies.map(() => ({ terms: [], tfs: [] }))
  const ranked = maxTerms === Infinity ? undefined : rankBodies(bodies, maxTerms)
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
 * Per body, the positions (in `stems`) of the stems it keeps, in position order. Runs over the
 * whole corpus on every build: idf is computed once per stem, and a body with no more stems than
 * `maxTerms` keeps them all without scoring.
 */
function rankBodies(bodies: readonly BodyStats[], maxTerms: number): number[][] {
  const idf = new Map<string, number>()
  for (const { stems } of bodies) for (const s of stems) idf.set(s, (idf.get(s) ?? 0) + 1)
  const n = bodies.length
  for (const [s, df] of idf) idf.set(s, Math.log(1 + n / df))
  return bodies.map(({ stems, tfs, keep }) => {
    if (stems.length <= maxTerms) return stems.map((_, t) => t)
    const scores = Float64Array.from(stems, (s, t) => (1 + Math.log(tfs[t]!)) * idf.get(s)!)
    return topStems(stems, scores, maxTerms, keep)
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
