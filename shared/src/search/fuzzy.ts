/**
 * Every string within edit distance 1 of `term` (one deletion, insertion, substitution or
 * transposition of neighbours: what lunr's `TokenSet.fromFuzzyString(term, 1)` accepts), the term
 * itself included. Insertions and substitutions use the characters of `alphabet` only: the
 * characters that occur in index terms, since no other candidate can be an index term.
 */
export function editDistanceOne(term: string, alphabet: string): Set<string> {
  const candidates = new Set<string>([term])
  for (let i = 0; i <= term.length; i += 1) {
    const head = term.slice(0, i)
    const tail = term.slice(i)
    for (const char of alphabet) candidates.add(head + char + tail)
    if (i < term.length) {
      const rest = term.slice(i + 1)
      candidates.add(head + rest)
      for (const char of alphabet) candidates.add(head + char + rest)
      if (i + 1 < term.length) candidates.add(head + term.charAt(i + 1) + term.charAt(i) + term.slice(i + 2))
    }
  }
  return candidates
}
