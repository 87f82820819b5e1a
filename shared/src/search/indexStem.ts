/**
 * The index pipeline's stemming of one index term: the Dutch stemmer for a plain word; a
 * synonym-marked word ("_thuiszitters") and a name ("=marloes") are stemmed without their mark
 * and get it back; a word pair ("~zev~adviez") was stemmed when it was made (rankingTerms.ts).
 * The lunr reference's pipeline (test-lunrIndexes.ts) and the per-document terms
 * (documentTerms.ts) both stem through this one function, so the two can never disagree.
 */
import { stem } from './lunr-nl'
import { NAME_MARK, nameTerm, PAIR_MARK } from './rankingTerms'
import { markSynonym, SYNONYM_MARK, unmarkSynonym } from './synonyms'

export function indexStem(word: string): string {
  if (word.startsWith(SYNONYM_MARK)) return markSynonym(stem(unmarkSynonym(word)))
  if (word.startsWith(PAIR_MARK)) return word
  if (word.startsWith(NAME_MARK)) return nameTerm(stem(word.slice(NAME_MARK.length)))
  return stem(word)
}
