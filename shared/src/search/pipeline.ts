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
import { lunr, registerDutch, stem } from './lunr-nl'
import { indexTerms, tokenize, unitTerms } from './normalize'
import { NAME_MARK, nameTerm, PAIR_MARK, pairTerms } from './rankingTerms'
import { getSynonymMatcher, markSynonym, SYNONYM_MARK, unmarkSynonym, type SynonymMatcher } from './synonyms'
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
    const fn: lunr.PipelineFunction = (token) =>
      token.update((word) => {
        if (word.startsWith(SYNONYM_MARK)) return markSynonym(stem(unmarkSynonym(word)))
        if (word.startsWith(PAIR_MARK)) return word // stemmed already (rankingTerms.ts)
        if (word.startsWith(NAME_MARK)) return nameTerm(stem(word.slice(NAME_MARK.length)))
        return stem(word)
      })
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

/** Normalise, expand and select terms for every field of every document. */
export function prepareDocuments(docs: readonly SearchDocument[], options: IndexOptions = {}): PreparedDocument[] {
  const maxBodyTerms = options.maxBodyTerms ?? DEFAULT_MAX_BODY_TERMS
  if (!(maxBodyTerms >= 0)) throw new RangeError(`maxBodyTerms must be ≥ 0, got ${maxBodyTerms}`)
  const synonyms = options.synonyms ?? getSynonymMatcher()

  const seen = new Set<string>()
  for (const doc of docs) {
    if (typeof doc.id !== 'string' || doc.id === '') throw new Error('Search document without id')
    if (seen.has(doc.id)) throw new Error(`Duplicate search document id: ${doc.id}`)
    seen.add(doc.id)
  }

  const bodies = selectBodyTerms(
    docs.map((doc) => doc.body),
    maxBodyTerms,
    synonyms,
  )

  return docs.map((doc, i) => ({
    id: doc.id,
    title: [
      ...fieldTerms(doc.headline ? [doc.title, doc.headline] : [doc.title], synonyms),
      ...wordPairs(doc.headline ? [doc.title, doc.headline] : [doc.title]),
      ...(doc.person ? indexTerms(doc.title).map(nameTerm) : []),
    ],
    summary: fieldTerms([doc.summary], synonyms),
    body: bodies[i] ?? [],
    themes: fieldTerms(doc.themes, synonyms),
    regions: fieldTerms([...doc.regions, ...(doc.places ?? [])], synonyms),
    organisation: fieldTerms(doc.organisation === undefined ? [] : [doc.organisation], synonyms),
  }))
}

/** Each value tokenised on its own (a phrase never spans two themes), plus its synonym expansion. */
function fieldTerms(values: readonly string[], synonyms: SynonymMatcher): string[] {
  const terms: string[] = []
  for (const value of values) {
    const units = tokenize(value)
    terms.push(...unitTerms(units), ...synonyms.match(units).expansion.map(markSynonym))
  }
  return terms
}

/** Word-pair terms of each value (a pair never spans two values), for phrase ranking. */
function wordPairs(values: readonly string[]): string[] {
  return values.flatMap((value) => pairTerms(value))
}

interface BodyStats {
  /** stem → [term frequency, first surface form, first position] */
  terms: Map<string, { tf: number; form: string; first: number }>
  keepStems: Set<string>
  expansion: string[]
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

  const df = new Map<string, number>()
  const stats: BodyStats[] = bodies.map((body) => {
    const units = tokenize(body)
    const terms: BodyStats['terms'] = new Map()
    unitTerms(units).forEach((form, position) => {
      const s = stem(form)
      const entry = terms.get(s)
      if (entry === undefined) terms.set(s, { tf: 1, form, first: position })
      else entry.tf += 1
    })
    for (const s of terms.keys()) df.set(s, (df.get(s) ?? 0) + 1)
    const { matchedStems, expansion } = synonyms.match(units)
    return { terms, keepStems: matchedStems, expansion: expansion.map(markSynonym) }
  })

  const n = bodies.length
  return stats.map(({ terms, keepStems, expansion }) => {
    const ranked = [...terms.entries()]
      .map(([s, t]) => ({ s, ...t, score: (1 + Math.log(t.tf)) * Math.log(1 + n / (df.get(s) ?? 1)) }))
      .sort((a, b) => b.score - a.score || a.first - b.first)
    const selected: string[] = []
    ranked.forEach((term, rank) => {
      if (rank >= maxTerms && !keepStems.has(term.s)) return
      const repeat = Math.min(term.tf, MAX_BODY_TERM_REPEAT)
      for (let r = 0; r < repeat; r += 1) selected.push(term.form)
    })
    return [...selected, ...expansion]
  })
}
