/**
 * "Bedoelde je …?": when a query finds nothing or little, the query with each word the index does
 * not know replaced by the closest known surface word (edit distance ≤ 2; the smallest distance
 * wins, then the most frequent word). Suggestions are surface words ("thuiszitters"), never
 * stems ("thuiszitter"), so the vocabulary is a separate list built from the documents
 * (`suggestionWords`), which the builder ships wherever it likes and the query side loads only
 * when a suggestion is needed.
 */
import { resolveCompounds, type TermLookup } from './compounds'
import { stem } from './lunr-nl'
import { foldText, isIndexable, tokenize } from './normalize'
import type { QueryTerm } from './query'
import { SYNONYM_GROUPS } from './synonyms.data'
import type { SearchDocument } from './types'

export const MAX_SUGGESTION_DISTANCE = 2
/** Words shorter than this get no suggestion: at 3 letters two edits reach almost anything. */
export const MIN_SUGGESTION_LENGTH = 4
/** Fewer results than this (or fuzzy or partial ones) call for a suggestion. */
export const FEW_RESULTS = 3

/** What a response says about its results, enough to decide whether to suggest. */
export interface ResultQuality {
  total: number
  fuzzy: boolean
  partial: boolean
  empty: boolean
}

export function needsSuggestion(response: ResultQuality): boolean {
  return !response.empty && (response.total < FEW_RESULTS || response.fuzzy || response.partial)
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu

/** An acronym keeps its capitals ("OOGO"); any other word is shown in lower case ("fryslân"). */
function surface(word: string): string {
  return word.length <= 5 && word === word.toUpperCase() && /\p{Lu}/u.test(word) ? word : word.toLowerCase()
}

/**
 * Surface words worth suggesting, most frequent first (number of documents; words only found in
 * the synonym groups last): the words of titles, headlines, themes, regions, places and organisations, and of the
 * synonym groups. Summaries and bodies are left out: their long tail is where typos live.
 */
export function suggestionWords(docs: readonly SearchDocument[]): string[] {
  const frequency = new Map<string, number>()
  const count = (texts: readonly string[], weight: number): void => {
    const words = new Set<string>()
    for (const text of texts) {
      for (const [word] of text.matchAll(WORD)) {
        // "Noord-Kennemerland" is also offered as "kennemerland", as someone may type either.
        for (const form of new Set([word, ...word.split('-')])) words.add(surface(form))
      }
    }
    for (const word of words) {
      if (!isIndexable(foldText(word).replace(/['-]/g, ''))) continue
      frequency.set(word, (frequency.get(word) ?? 0) + weight)
    }
  }
  for (const doc of docs) {
    count(
      [doc.title, doc.headline ?? '', ...doc.themes, ...doc.regions, ...(doc.places ?? []), doc.organisation ?? ''],
      1,
    )
  }
  // Words of the synonym groups come after every word of the documents: they are known, but rare.
  for (const group of SYNONYM_GROUPS) count(group, 0)
  return [...frequency.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word)
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), or
 * `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number = MAX_SUGGESTION_DISTANCE): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1)
      }
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}

export interface Vocabulary {
  /** Folded key ("fryslan") → surface word, in order of frequency. */
  readonly entries: readonly { key: string; word: string }[]
}

/** Prepare the words of `suggestionWords` for `suggestQuery`. */
export function createVocabulary(words: readonly string[]): Vocabulary {
  const seen = new Set<string>()
  const entries: { key: string; word: string }[] = []
  for (const word of words) {
    const key = foldText(word).replace(/['-]/g, '')
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    entries.push({ key, word })
  }
  return { entries }
}

function isKnownWord(word: string, lookup: TermLookup): boolean {
  const terms: QueryTerm[] = tokenize(word)
    .filter((unit) => isIndexable(unit.key))
    .map((unit) => ({
      word: unit.key,
      stem: stem(unit.key),
      alternatives: [],
      ...(unit.parts.length > 1 ? { parts: unit.parts } : {}),
    }))
  return resolveCompounds(terms, lookup).every((t) => t.known === true)
}

/** The closest known vocabulary word to an unknown one, if any within the distance. */
function closest(key: string, vocabulary: Vocabulary, lookup: TermLookup): string | undefined {
  let best: { word: string; distance: number } | undefined
  for (const entry of vocabulary.entries) {
    const distance = editDistance(key, entry.key, best === undefined ? MAX_SUGGESTION_DISTANCE : best.distance - 1)
    if (distance > MAX_SUGGESTION_DISTANCE || (best !== undefined && distance >= best.distance)) continue
    if (distance === 0 || !isKnownWord(entry.key, lookup)) continue
    best = { word: entry.word, distance }
    if (distance === 1) break
  }
  return best?.word
}

/**
 * The query with every unknown word (as the index sees it, compounds resolved) replaced by the
 * closest known vocabulary word; undefined when nothing was replaced. Words are compared on
 * their folded form; what the visitor typed is kept for every other word.
 */
export function suggestQuery(rawQuery: string, vocabulary: Vocabulary, lookup: TermLookup): string | undefined {
  let changed = false
  const suggestion = rawQuery.trim().replace(WORD, (word) => {
    const key = foldText(word).replace(/['-]/g, '')
    if (key.length < MIN_SUGGESTION_LENGTH || /\d/.test(key) || !isIndexable(key) || isKnownWord(word, lookup))
      return word
    const replacement = closest(key, vocabulary, lookup)
    if (replacement === undefined) return word
    changed = true
    return replacement
  })
  return changed ? suggestion : undefined
}
