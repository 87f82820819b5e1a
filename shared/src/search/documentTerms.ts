/**
 * What the index takes from one document: a pure function of its search fields and the pipeline
 * (tokenise, normalise, synonyms, word pairs, stemming), so a build can reuse it for every
 * document that did not change (termCache.ts). Per field the stemmed index terms with their
 * frequency, counted as lunr.Builder counts them (its tokenizer lowercases each word, then the
 * index pipeline stems it: `indexStem`); for the body, which keeps only its most distinctive
 * terms by tf-idf over the whole corpus, the statistics that selection needs (pipeline.ts).
 *
 * Profiled at 10,098 documents (seed + 10,000 generated): this per-document work took about 8 s
 * of the 9 s `buildIndexData` took through lunr.Builder (tokenising and stemming 3.6 s, the
 * builder's own per-token work 4.4 s); everything over the corpus under 1 s.
 */
import { indexStem } from './indexStem'
import { stem } from './lunr-nl'
import { indexTerms, tokenize, unitTerms } from './normalize'
import { nameTerm, pairTerms } from './rankingTerms'
import { getSynonymMatcher, markSynonym, type SynonymMatcher } from './synonyms'
import type { SearchDocument, SearchField } from './types'

/** The fields whose terms are all indexed (the body's are selected over the corpus). */
export type WholeField = Exclude<SearchField, 'body'>
export const WHOLE_FIELDS: readonly WholeField[] = ['title', 'summary', 'themes', 'regions', 'organisation']

/** Index terms of one field. Its length (lunr's field length, in words) is the sum of `tfs`. */
export interface FieldTerms {
  /** Stemmed index terms, each once, in order of first occurrence. */
  terms: string[]
  /** How often each term occurs in the field. */
  tfs: number[]
}

/** A body's words as the corpus-wide selection of body terms needs them. */
export interface BodyStats {
  /** Distinct stems of the body's indexable words, in order of first occurrence. */
  stems: string[]
  /** How often each stem occurs. */
  tfs: number[]
  /** Stems of the synonym phrases found in the body: kept whatever their tf-idf. */
  keep: string[]
}

export interface BodyTerms extends BodyStats {
  /** The synonym expansion of the body, as index terms: always indexed. */
  expansion: FieldTerms
}

export interface DocumentTerms {
  fields: Record<WholeField, FieldTerms>
  body: BodyTerms
}

/** Where a build gets each document's terms: computed (`computedTerms`) or cached (termCache.ts). */
export interface DocumentTermSource {
  termsOf(doc: SearchDocument): DocumentTerms
}

/** Terms computed for every document, with the given synonym groups (default: the built-in ones). */
export function computedTerms(synonyms: SynonymMatcher = getSynonymMatcher()): DocumentTermSource {
  return { termsOf: (doc) => documentTerms(doc, synonyms) }
}

export function documentTerms(doc: SearchDocument, synonyms: SynonymMatcher = getSynonymMatcher()): DocumentTerms {
  const words = fieldWords(doc, synonyms)
  const { stats, expansion } = bodyWords(doc.body, synonyms)
  return {
    fields: {
      title: countTerms(words.title),
      summary: countTerms(words.summary),
      themes: countTerms(words.themes),
      regions: countTerms(words.regions),
      organisation: countTerms(words.organisation),
    },
    body: { stems: stats.stems, tfs: stats.tfs, keep: stats.keep, expansion: countTerms(expansion) },
  }
}

/** The unstemmed words fed to the index for each whole field (the lunr reference gets these too). */
export function fieldWords(doc: SearchDocument, synonyms: SynonymMatcher): Record<WholeField, string[]> {
  const titles = doc.headline ? [doc.title, doc.headline] : [doc.title]
  return {
    title: [
      ...synonymFieldWords(titles, synonyms),
      ...titles.flatMap((value) => pairTerms(value)),
      ...(doc.person ? indexTerms(doc.title).map(nameTerm) : []),
    ],
    summary: synonymFieldWords([doc.summary], synonyms),
    themes: synonymFieldWords(doc.themes, synonyms),
    regions: synonymFieldWords([...doc.regions, ...(doc.places ?? [])], synonyms),
    organisation: synonymFieldWords(doc.organisation === undefined ? [] : [doc.organisation], synonyms),
  }
}

/** Each value tokenised on its own (a phrase never spans two themes), plus its synonym expansion. */
function synonymFieldWords(values: readonly string[], synonyms: SynonymMatcher): string[] {
  const words: string[] = []
  for (const value of values) {
    const units = tokenize(value)
    words.push(...unitTerms(units), ...synonyms.match(units).expansion.map(markSynonym))
  }
  return words
}

/**
 * A body's stems with their frequency and first surface form, and its synonym expansion
 * (marked, unstemmed). A selected stem is indexed as its first surface form, whose stem it is.
 */
export function bodyWords(
  body: string,
  synonyms: SynonymMatcher,
): { stats: BodyStats; forms: string[]; expansion: string[] } {
  const units = tokenize(body)
  const position = new Map<string, number>()
  const stats: BodyStats = { stems: [], tfs: [], keep: [] }
  const forms: string[] = []
  for (const form of unitTerms(units)) {
    const s = stem(form)
    const at = position.get(s)
    if (at === undefined) {
      position.set(s, stats.stems.length)
      stats.stems.push(s)
      stats.tfs.push(1)
      forms.push(form)
    } else stats.tfs[at]! += 1
  }
  const { matchedStems, expansion } = synonyms.match(units)
  stats.keep = [...matchedStems]
  return { stats, forms, expansion: expansion.map(markSynonym) }
}

/** Stem and count words as lunr.Builder does: each lowercased by its tokenizer, then stemmed. */
export function countTerms(words: readonly string[]): FieldTerms {
  const position = new Map<string, number>()
  const field: FieldTerms = { terms: [], tfs: [] }
  for (const word of words) {
    const term = indexStem(word.toLowerCase())
    const at = position.get(term)
    if (at === undefined) {
      position.set(term, field.terms.length)
      field.terms.push(term)
      field.tfs.push(1)
    } else field.tfs[at]! += 1
  }
  return field
}
