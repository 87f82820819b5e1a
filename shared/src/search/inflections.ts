/**
 * Inflected forms that the Snowball Dutch stemmer leaves apart (query side). It does not strip
 * the plural "s" after a vowel ("werksessies" stays "werksessies", "werksessie" is
 * "werksessie"), keeps the "z"/"v" of a plural ("adviezen" → "adviez", "advies" → "advies";
 * "brieven" → "briev") and never joins a verb with its agent noun ("thuiszitten" → "thuiszit",
 * "thuiszitters" → "thuiszitter"). A query word gets the stems of those other forms that are
 * index terms as `variants`: they satisfy the word as its own stem does (query.ts) and count as
 * literal, not as synonyms (ranking.ts). A word whose own stem is not in the index takes its
 * first known variant as its stem, so it is not split as a compound ("werksessies" is not
 * "werk" + "sessies").
 */
import type { TermLookup } from './compounds'
import { stem } from './lunr-nl'
import { commonPrefix, isIndexable, MIN_PREFIX_LENGTH } from './normalize'
import type { QueryTerm } from './query'

/** Shorter words are left alone: "kans" is not the plural of "kan", "leiden" not of "leider". */
export const MIN_INFLECTION_LENGTH = 6
/** The part before an agent-noun or verb ending keeps this many letters ("thuiszitt", not "werk"). */
const MIN_AGENT_BASE = 6

/** Other surface forms of `word`: plural/singular and verb/agent noun, by spelling rules only. */
export function inflectionForms(word: string): string[] {
  if (word.length < MIN_INFLECTION_LENGTH || !/^[a-z]+$/.test(word)) return []
  const forms: string[] = []
  if (word.endsWith('zen')) forms.push(`${word.slice(0, -3)}s`)
  else if (word.endsWith('ven')) forms.push(`${word.slice(0, -3)}f`)
  if (word.endsWith('s')) forms.push(word.slice(0, -1))
  else forms.push(`${word}s`)
  if (/[aeiou]s$/.test(word)) forms.push(`${word.slice(0, -1)}zen`)
  if (/[aeiou]f$/.test(word)) forms.push(`${word.slice(0, -1)}ven`)
  const agent = /^(.+)ers?$/.exec(word)
  if (agent !== null && agent[1]!.length >= MIN_AGENT_BASE) forms.push(`${agent[1]}en`)
  const verb = /^(.+)en$/.exec(word)
  if (verb !== null && verb[1]!.length >= MIN_AGENT_BASE) forms.push(`${verb[1]}er`, `${verb[1]}ers`)
  return forms.filter(isIndexable)
}

/**
 * Index stems of the word's other forms, without its own stem. A form without the final "s"
 * counts only when the stemmer leaves it as it is ("werksessie"): that is the singular it
 * misses; otherwise "thuiszittres" would become "thuiszittre", stemmed "thuiszittr", and match
 * a typo ("thuiszittrs") in some text instead of being corrected.
 */
export function inflectionVariants(word: string, ownStem: string, lookup: TermLookup): string[] {
  const variants = new Set<string>()
  for (const form of inflectionForms(word)) {
    const s = stem(form)
    if (`${form}s` === word && s !== form) continue
    if (s !== ownStem && lookup.isKnown(s)) variants.add(s)
  }
  return [...variants]
}

/** The terms with their known `variants`; an unknown stem replaced by its first known variant. */
export function resolveInflections(terms: readonly QueryTerm[], lookup: TermLookup): QueryTerm[] {
  return terms.map((term) => {
    const variants = inflectionVariants(term.word, term.stem, lookup)
    if (variants.length === 0) return term
    if (lookup.isKnown(term.stem)) return { ...term, variants }
    const [first, ...rest] = variants as [string, ...string[]]
    const resolved: QueryTerm = { ...term, stem: first, variants: rest }
    if (term.prefix !== undefined) {
      // Still typing: expand from what the word and its known form share ("werksessie").
      const prefix = commonPrefix(term.prefix, first)
      if (prefix.length >= MIN_PREFIX_LENGTH) resolved.prefix = prefix
      else delete resolved.prefix
    }
    return resolved
  })
}
