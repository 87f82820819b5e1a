/**
 * Fall-back for a long query that every word finds almost nowhere: "hoe kan ik een goed
 * voorbeeld delen" keeps "goed voorbeeld delen" after stop words, and only the contact page has
 * all three, while the page to hand in a good practice says "goed voorbeeld aandragen". When the
 * all-words mode finds fewer than `MIN_FULL_MATCHES` documents for a query of at least
 * `MIN_FALLBACK_TERMS` words, the documents with some of the words follow, each scored below
 * every full match. Both sets are ranked (ranking.ts) before they are joined, so no rule lifts a
 * partial match over a full one.
 */
import type { Matches } from './engine'

export const MIN_FULL_MATCHES = 3
export const MIN_FALLBACK_TERMS = 3
/** A partial match scores at most this share of the weakest full match. */
const PARTIAL_SHARE = 0.5

export function needsFallback(full: Matches, termCount: number): boolean {
  return termCount >= MIN_FALLBACK_TERMS && full.count > 0 && full.count < MIN_FULL_MATCHES
}

/** `full` plus the documents of `partial` it lacks, scaled below the weakest full match; docs ascending. */
export function withPartialMatches(full: Matches, partial: Matches): Matches {
  const fullScore = new Map<number, number>()
  let weakest = Infinity
  for (let i = 0; i < full.count; i += 1) {
    fullScore.set(full.docs[i]!, full.scores[i]!)
    weakest = Math.min(weakest, full.scores[i]!)
  }
  let strongest = 0
  for (let i = 0; i < partial.count; i += 1) {
    if (!fullScore.has(partial.docs[i]!)) strongest = Math.max(strongest, partial.scores[i]!)
  }
  const scale = strongest > 0 ? (PARTIAL_SHARE * weakest) / strongest : 0

  const merged = new Map(fullScore)
  for (let i = 0; i < partial.count; i += 1) {
    const d = partial.docs[i]!
    if (!merged.has(d)) merged.set(d, partial.scores[i]! * scale)
  }
  const docs = Uint32Array.from([...merged.keys()].sort((a, b) => a - b))
  const scores = Float64Array.from(docs, (d) => merged.get(d)!)
  return { count: docs.length, docs, scores, expansions: [...full.expansions, ...partial.expansions] }
}
