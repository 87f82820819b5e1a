/**
 * Index-time synonym expansion. Text is matched on the stemmed, stop-word-free sequence of word
 * parts, greedily and longest phrase first, so "voortgezet speciaal onderwijs" triggers VSO and
 * not also SO, and "gericht overleg" alone does not trigger OOGO. For every group found, the
 * indexable forms of the other members are returned, to be added to the same field.
 */
import { stem as dutchStem } from './lunr-nl'
import { isIndexable, tokenize, type WordUnit } from './normalize'
import { SYNONYM_GROUPS } from './synonyms.data'

export type StemFn = (word: string) => string

/**
 * Words added by synonym expansion are indexed with this mark ("_thuiszitter"), apart from the
 * words of the text itself, so a query can rank a literal match above a synonym match while
 * both satisfy it. No token of a text can start with it (the tokeniser splits on "_").
 */
export const SYNONYM_MARK = '_'

export function markSynonym(word: string): string {
  return `${SYNONYM_MARK}${word}`
}

export function unmarkSynonym(term: string): string {
  return term.startsWith(SYNONYM_MARK) ? term.slice(SYNONYM_MARK.length) : term
}

interface Phrase {
  /** Stems, space-joined; identifies the phrase across members. */
  key: string
  stems: string[]
  groups: number[]
}

interface Member {
  keys: string[]
  /** Indexable surface forms of the member, fed to the index (which stems them). */
  forms: string[]
  /** The member as one word ("oogo", "passendonderwijs"), when it is a single word. */
  word?: string
}

export interface SynonymMatch {
  /** Indices into the group list. */
  groups: number[]
  /** Stems of the phrases found in the text. */
  matchedStems: Set<string>
  /** Forms of the other members of the groups found, to add to the field. */
  expansion: string[]
  /**
   * One-word members (other than what was found) of the groups found through a phrase of two or
   * more words: "passend onderwijs" → ["passendonderwijs"], "licht verstandelijke beperking" →
   * ["lvb"]. A document indexed with such a word contained the phrase, so a query can prefer it.
   */
  phraseWords: string[]
}

export interface SynonymMatcher {
  match(units: readonly WordUnit[]): SynonymMatch
  /** Shortcut: the expansion for a text. */
  expand(text: string): string[]
  /**
   * Surface words of the other members of groups in which `term` (a word or a stem) is a
   * one-word member; for highlighting "op overeenstemming gericht overleg" when "OOGO" matched.
   */
  related(term: string): string[]
}

/** The stemmed phrase stream of a text: parts in order, stop words and short forms dropped. */
export function phraseStream(units: readonly WordUnit[], stemFn: StemFn = dutchStem): string[] {
  const stream: string[] = []
  for (const unit of units) for (const part of unit.parts) if (isIndexable(part)) stream.push(stemFn(part))
  return stream
}

export function createSynonymMatcher(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
  stemFn: StemFn = dutchStem,
): SynonymMatcher {
  const phrases = new Map<string, Phrase>()
  const members: Member[][] = []
  const singleStemGroups = new Map<string, number[]>()

  const addPhrase = (stems: string[], group: number): string => {
    const key = stems.join(' ')
    const phrase = phrases.get(key) ?? { key, stems, groups: [] }
    if (!phrase.groups.includes(group)) phrase.groups.push(group)
    phrases.set(key, phrase)
    if (stems.length === 1) {
      const list = singleStemGroups.get(key) ?? []
      if (!list.includes(group)) list.push(group)
      singleStemGroups.set(key, list)
    }
    return key
  }

  groups.forEach((group, g) => {
    const groupMembers: Member[] = []
    for (const text of group) {
      const units = tokenize(text)
      const stems = phraseStream(units, stemFn)
      if (stems.length === 0) continue
      const keys = [addPhrase(stems, g)]
      // "onderwijs-zorgarrangement" is also written "onderwijszorgarrangement".
      const only = units.length === 1 ? units[0] : undefined
      if (only !== undefined && only.parts.length > 1 && isIndexable(only.joined)) {
        keys.push(addPhrase([stemFn(only.joined)], g))
      }
      const forms: string[] = []
      for (const unit of units) for (const form of unit.forms) if (isIndexable(form)) forms.push(form)
      const word = units.length === 1 && only !== undefined && isIndexable(only.joined) ? only.joined : undefined
      groupMembers.push(word === undefined ? { keys, forms } : { keys, forms, word })
    }
    members[g] = groupMembers
  })

  const byFirstStem = new Map<string, Phrase[]>()
  for (const phrase of phrases.values()) {
    const first = phrase.stems[0]
    if (first === undefined) continue
    const list = byFirstStem.get(first) ?? []
    list.push(phrase)
    byFirstStem.set(first, list)
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length)

  const match = (units: readonly WordUnit[]): SynonymMatch => {
    const stream = phraseStream(units, stemFn)
    const found = new Map<number, Set<string>>()
    const viaPhrase = new Set<number>()
    const matchedStems = new Set<string>()
    for (let i = 0; i < stream.length;) {
      const candidates = byFirstStem.get(stream[i] ?? '')
      const hit = candidates?.find((p) => p.stems.every((s, j) => stream[i + j] === s))
      if (hit === undefined) {
        i += 1
        continue
      }
      for (const g of hit.groups) {
        const keys = found.get(g) ?? new Set<string>()
        keys.add(hit.key)
        found.set(g, keys)
        if (hit.stems.length > 1) viaPhrase.add(g)
      }
      for (const s of hit.stems) matchedStems.add(s)
      i += hit.stems.length
    }
    const expansion: string[] = []
    const phraseWords: string[] = []
    for (const [g, keys] of found) {
      for (const member of members[g] ?? []) {
        if (member.keys.some((k) => keys.has(k))) continue
        expansion.push(...member.forms)
        if (viaPhrase.has(g) && member.word !== undefined) phraseWords.push(member.word)
      }
    }
    return {
      groups: [...found.keys()],
      matchedStems,
      expansion: [...new Set(expansion)],
      phraseWords: [...new Set(phraseWords)],
    }
  }

  const related = (term: string): string[] => {
    const words = new Set<string>()
    for (const unit of tokenize(term)) {
      for (const key of new Set([unit.key, stemFn(unit.key)])) {
        for (const g of singleStemGroups.get(key) ?? []) {
          for (const member of members[g] ?? []) {
            if (member.keys.includes(key)) continue
            for (const form of member.forms) words.add(form)
          }
        }
      }
    }
    return [...words]
  }

  return { match, expand: (text) => match(tokenize(text)).expansion, related }
}

let defaultMatcher: SynonymMatcher | undefined

/** The matcher for the built-in groups, compiled on first use. */
export function getSynonymMatcher(): SynonymMatcher {
  defaultMatcher ??= createSynonymMatcher()
  return defaultMatcher
}
