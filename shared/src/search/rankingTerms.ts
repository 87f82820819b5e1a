/**
 * Marked index terms that only the ranking reads (ranking.ts), added at index time by
 * pipeline.ts. The index has no positions, so:
 * - an adjacent word pair of a title or headline is indexed as one term ("~zev~adviez", stems):
 *   a document with every pair of a multi-word query holds the exact phrase. Measured at 10,075
 *   documents (seed + generated, `pnpm bench search`'s corpus): the index grows from 615 to
 *   674 kB gzip with title pairs and names (+10 %); summary pairs as well would make it 800 kB
 *   (+30 %) without changing nDCG@5 or MRR of the judgement set, so summaries get none;
 * - the title words of a document whose title is a person's name (`SearchDocument.person`: an
 *   expert, not the role) are indexed marked as names ("=marloes"): a query with such a word
 *   names the person.
 * Both marks start the term, so no typed prefix expands to them, typo correction leaves their
 * marks out (engine.ts), and no token of a text can contain them (the tokeniser splits on "~"
 * and "=").
 */
import { stem as dutchStem } from './lunr-nl'
import { tokenize } from './normalize'
import { phraseStream } from './synonyms'

export const PAIR_MARK = '~'
export const NAME_MARK = '='
/** Marks of terms that only rank (never match on their own): typo correction leaves them out. */
export const RANKING_MARKS: readonly string[] = [PAIR_MARK, NAME_MARK]

/** The pair term of two stems. */
export function pairTerm(first: string, second: string): string {
  return `${PAIR_MARK}${first}${PAIR_MARK}${second}`
}

/** Pair terms of a text: adjacent stems after stop words are dropped, compounds in parts. */
export function pairTerms(text: string, stemFn: (word: string) => string = dutchStem): string[] {
  const stems = phraseStream(tokenize(text), stemFn)
  const pairs = new Set<string>()
  for (let i = 1; i < stems.length; i += 1) pairs.add(pairTerm(stems[i - 1]!, stems[i]!))
  return [...pairs]
}

/** A name term, as indexed (stemmed by the index pipeline) and as the ranking looks it up. */
export function nameTerm(word: string): string {
  return `${NAME_MARK}${word}`
}
