/**
 * Compound words against the index (query side). Dutch writes compounds together, hyphenated or
 * apart, and documents and visitors do not always agree:
 * - a hyphenated query word whose joined form is not an index term ("Zuid-Limburg" where the
 *   documents write "Zuid Limburg") is searched as its parts;
 * - a closed compound that is not an index term ("jeugdzorgregio") is split into index terms of
 *   at least 4 characters ("jeugdzorg" + "regio"); the linking "s" stays on the head, whose stem
 *   drops it ("leerlings" + "begeleiding": "leerlings" stems to "leerling");
 * - two neighbouring words whose joined form is an index term while one of them is not
 *   ("Food Valley" for "FoodValley") are searched as the joined word.
 * A word the index knows is never changed: its own postings beat any guess.
 */
import { lowerBound } from './engine'
import { stem } from './lunr-nl'
import { commonPrefix, isIndexable, MIN_PREFIX_LENGTH } from './normalize'
import type { QueryTerm } from './query'
import { markSynonym } from './synonyms'

/** Parts of a split compound have at least this many characters ("zorg", "regio"; not "in", "tas"). */
export const MIN_COMPOUND_PART = 4
/** A compound splits into at most this many parts, which also bounds the work per word. */
const MAX_COMPOUND_PARTS = 4

export interface TermLookup {
  /** The stem is an index term, literally or as a synonym. */
  isKnown(stem: string): boolean
  /** Some index term starts with this prefix (a word still being typed). */
  hasPrefix(prefix: string): boolean
}

/** The lookup of a loaded index: its sorted term list and term ids. */
export function termLookup(index: {
  readonly terms: readonly string[]
  readonly termIds: ReadonlyMap<string, number>
}) {
  return {
    isKnown: (s: string): boolean => index.termIds.has(s) || index.termIds.has(markSynonym(s)),
    hasPrefix: (prefix: string): boolean => index.terms[lowerBound(index.terms, prefix)]?.startsWith(prefix) ?? false,
  } satisfies TermLookup
}

/**
 * The word split into known parts (surface forms), fewest parts first, then the longest first
 * part; undefined when no split exists. "jeugdzorgregio" → ["jeugdzorg", "regio"].
 */
export function splitCompound(word: string, isKnown: (stem: string) => boolean): string[] | undefined {
  if (word.length < 2 * MIN_COMPOUND_PART) return undefined
  const known = (part: string): boolean => isIndexable(part) && isKnown(stem(part))
  const memo = new Map<string, string[] | null>()

  const split = (rest: string, budget: number): string[] | null => {
    const key = `${budget}:${rest}`
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    let best: string[] | null = null
    if (known(rest)) best = [rest]
    else if (budget > 1) {
      for (let end = rest.length - MIN_COMPOUND_PART; end >= MIN_COMPOUND_PART; end -= 1) {
        const head = rest.slice(0, end)
        if (!known(head)) continue
        const parts = split(rest.slice(end), budget - 1)
        if (parts !== null && (best === null || parts.length + 1 < best.length)) best = [head, ...parts]
      }
    }
    memo.set(key, best)
    return best
  }

  const parts = split(word, MAX_COMPOUND_PARTS)
  return parts !== null && parts.length > 1 ? parts : undefined
}

function termFor(word: string, lookup: TermLookup, typing: boolean): QueryTerm {
  const stemmed = stem(word)
  const term: QueryTerm = { word, stem: stemmed, alternatives: [], known: lookup.isKnown(stemmed) }
  if (typing) {
    const prefix = commonPrefix(word, stemmed)
    if (prefix.length >= MIN_PREFIX_LENGTH) term.prefix = prefix
  }
  return term
}

/** Whether a word being typed could still become an index term: its prefix starts one. */
const stillOpen = (term: QueryTerm, lookup: TermLookup): boolean =>
  term.prefix !== undefined && lookup.hasPrefix(term.prefix)

/**
 * The query terms with `known` set, unknown compounds replaced by their known parts and
 * neighbouring halves of a known compound joined. The result is what `search` queries.
 */
export function resolveCompounds(terms: readonly QueryTerm[], lookup: TermLookup): QueryTerm[] {
  const known = (t: QueryTerm): boolean => lookup.isKnown(t.stem)
  const out: QueryTerm[] = []
  for (let i = 0; i < terms.length; i += 1) {
    const term = { ...terms[i]!, known: known(terms[i]!) }
    const next = terms[i + 1]
    if (next !== undefined && (!term.known || !known(next))) {
      const joined = termFor(term.word + next.word, lookup, next.prefix !== undefined)
      if (joined.known) {
        out.push(joined)
        i += 1
        continue
      }
    }
    if (term.known || stillOpen(term, lookup)) {
      out.push(term)
      continue
    }
    const typing = term.prefix !== undefined
    const hyphenParts = term.parts?.filter(isIndexable)
    const parts =
      hyphenParts !== undefined && hyphenParts.length > 0 ? hyphenParts : splitCompound(term.word, lookup.isKnown)
    if (parts === undefined) {
      out.push(term)
      continue
    }
    parts.forEach((part, p) => out.push(termFor(part, lookup, typing && p === parts.length - 1)))
  }
  // Parts may repeat a word of the query ("zorg jeugdzorg-zorg"): one clause per stem.
  const seen = new Set<string>()
  return out.filter((t) => !seen.has(t.stem) && seen.add(t.stem))
}
