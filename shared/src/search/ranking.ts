/**
 * Ranking rules on top of the engine's lunr scores (engine.ts stays lunr-compatible): the
 * matched documents' scores are multiplied by
 * - a synonym factor: per query word found only through a synonym, not as written (OOGO for
 *   "op overeenstemming gericht overleg" is fine, but below the pages that say it literally);
 * - a type weight (data below, default 1): for a topical query a profile of a person trails the
 *   news, practices, regions and pages about the subject; it leads when the query names the
 *   person (a name term, rankingTerms.ts) or asks for expertise ("expert jeugdhulp", "wie weet
 *   veel van LVB");
 * - a phrase factor: a multi-word query found as written (every adjacent word pair in one
 *   title or headline) ranks first; not for a type weighted down for the query (a profile for
 *   a topical query), unless the query names it;
 * and, among equal scores, a newer news item comes first.
 * Title and summary beat the body through the field boosts (types.ts). A document's type and
 * date are read only through `docMeta`.
 */
import { expandClause, type Matches, type SearchIndex } from './engine'
import { requireFiles } from './missingFiles'
import { tokenize } from './normalize'
import type { QueryTerm } from './query'
import { nameTerm, pairTerms } from './rankingTerms'
import { docMeta, type DocumentStore } from './store'
import { markSynonym } from './synonyms'

/** Type weights for a topical query; unknown types weigh 1. */
export const TOPICAL_TYPE_WEIGHTS: Readonly<Record<string, number>> = { expert: 0.25 }
/** Type weights when the query asks for expertise. */
export const EXPERTISE_TYPE_WEIGHTS: Readonly<Record<string, number>> = { expert: 3 }
/** Types whose ties are broken by date, newest first. */
export const DATED_TYPES: ReadonlySet<string> = new Set(['news'])
/** A document the query names (a person by name) gets at least this weight. */
export const NAMED_WEIGHT = 2
/** Per query word that matched only through a synonym. */
export const SYNONYM_ONLY_FACTOR = 0.25
/** Every adjacent pair of the query found in the document: the exact phrase. */
export const PHRASE_FACTOR = 8
const DEFAULT_TYPE_WEIGHT = 1

/** Words that ask for a person who knows about something, rather than about the thing. */
const EXPERTISE_WORDS = new Set([
  'expert',
  'experts',
  'expertise',
  'deskundige',
  'deskundigen',
  'specialist',
  'specialisten',
  'kenner',
])
/** Words of an expertise question that say nothing about the subject ("wie weet veel van …"). */
const QUESTION_WORDS = new Set(['weet', 'weten', 'helpen', 'kent', 'kennis', 'verstand', 'ervaring', 'meedenken'])

export interface QueryIntent {
  /** The query asks for a person who knows about its subject. */
  expertise: boolean
  /** The words to match: without the words that only express the intent. */
  terms: QueryTerm[]
}

/** Whether the query asks for expertise, and the words that remain to be matched. */
export function queryIntent(rawQuery: string, terms: readonly QueryTerm[]): QueryIntent {
  const words = tokenize(rawQuery).map((unit) => unit.key)
  const expertise = words.some((word) => EXPERTISE_WORDS.has(word)) || words[0] === 'wie'
  if (!expertise) return { expertise, terms: [...terms] }
  const subject = terms.filter((t) => !EXPERTISE_WORDS.has(t.word) && !QUESTION_WORDS.has(t.word))
  return { expertise, terms: subject.length > 0 ? subject : [...terms] }
}

/** Per document number: 1 where the document has a posting of any of the terms. */
function docsWith(index: SearchIndex, termIds: Iterable<number>): Uint8Array {
  const has = new Uint8Array(index.count)
  for (const t of termIds) for (const d of index.postings(t).docs) has[d] = 1
  return has
}

function ids(index: SearchIndex, terms: Iterable<string>): number[] {
  const found: number[] = []
  for (const term of terms) {
    const id = index.termIds.get(term)
    if (id !== undefined) found.push(id)
  }
  return found
}

const DAY_MS = 86_400_000
/** Relative nudge per day of date: only ever decides between exactly equal scores. */
const RECENCY_NUDGE = 1e-12

/**
 * Re-score `matches` in place (scores of the first `count` documents); the caller sorts. A word
 * not in the index (`known === false`) may have matched through typo corrections, which the
 * synonym rule cannot tell from literal matches, so that rule skips it.
 */
export function rankMatches(
  index: SearchIndex,
  store: DocumentStore,
  rawQuery: string,
  intent: QueryIntent,
  matches: Matches,
): void {
  if (matches.count === 0) return

  const literalAndSynonym: { literal: number[]; synonym: number[] }[] = []
  for (const term of intent.terms) {
    if (term.known === false) continue
    const forms = [term.stem, ...term.alternatives, ...(term.variants ?? [])]
    const literal = ids(index, forms)
    if (term.prefix !== undefined) literal.push(...expandClause(index, { term: term.prefix, prefix: true }))
    const synonym = ids(index, forms.map(markSynonym))
    if (synonym.length > 0) literalAndSynonym.push({ literal, synonym })
  }
  const names = ids(
    index,
    intent.terms.map((t) => nameTerm(t.stem)),
  )
  const wanted = pairTerms(rawQuery)
  const pairs = ids(index, wanted)
  // A split index throws here once, listing every shard these terms need (not one per term).
  requireFiles(
    index.missingFiles([
      ...literalAndSynonym.flatMap(({ literal, synonym }) => [...literal, ...synonym]),
      ...names,
      ...pairs,
    ]),
  )

  const synonymOnly = literalAndSynonym.map(({ literal, synonym }) => {
    const hasLiteral = docsWith(index, literal)
    return docsWith(index, synonym).map((s, d) => (s === 1 && hasLiteral[d] === 0 ? 1 : 0))
  })
  const named = docsWith(index, names)
  const pairTotal = wanted.length
  const pairHits = new Uint8Array(index.count)
  for (const t of pairs) for (const d of index.postings(t).docs) pairHits[d] = pairHits[d]! + 1
  const weights = intent.expertise ? EXPERTISE_TYPE_WEIGHTS : TOPICAL_TYPE_WEIGHTS

  for (let i = 0; i < matches.count; i += 1) {
    const d = matches.docs[i]!
    const meta = docMeta(store, d)
    let factor = weights[meta.type] ?? DEFAULT_TYPE_WEIGHT
    // A type the query does not ask for (a profile for a topical query) keeps its place below
    // the topical pages even when its headline holds the phrase ("jeugdhulp op school").
    const unasked = factor < DEFAULT_TYPE_WEIGHT
    if (named[d] === 1) factor = Math.max(factor, NAMED_WEIGHT)
    for (const only of synonymOnly) if (only[d] === 1) factor *= SYNONYM_ONLY_FACTOR
    if (pairTotal > 0 && pairHits[d]! > 0 && !(unasked && named[d] !== 1)) {
      factor *= 1 + ((PHRASE_FACTOR - 1) * pairHits[d]!) / pairTotal
    }
    if (DATED_TYPES.has(meta.type) && meta.date !== undefined) {
      const days = Date.parse(meta.date) / DAY_MS
      if (Number.isFinite(days)) factor *= 1 + RECENCY_NUDGE * days
    }
    matches.scores[i] = matches.scores[i]! * factor
  }
}
