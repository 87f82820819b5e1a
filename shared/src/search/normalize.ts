/**
 * Dutch text normalisation shared by the index builder and the query side.
 *
 * - lowercase, all diacritics folded (NFKD + combining marks stripped: è ê à ë ï é ç → e e a e i e c;
 *   ligatures ĳ ﬁ → ij fi; ß æ œ ø → ss ae oe o);
 * - apostrophes unified (’ ‘ ʼ ` ´ ′) and dropped inside words; a trailing "'s" (plural or
 *   genitive: "regio's", "SWV's") yields the base word as well as the joined form;
 * - hyphenated words give their parts and the joined form ("onderwijs-zorgarrangement" →
 *   onderwijs, zorgarrangement, onderwijszorgarrangement);
 * - letters separated by dots are one acronym ("P.O." → po, "o.a." → oa), so "V.O." finds VO;
 * - everything that is not a letter, digit, apostrophe or word hyphen separates words, so no
 *   query syntax (+ - : ~ * ^ " / …) survives tokenisation.
 */
import { isStopWord } from './stopwords'

/** One written word after normalisation. */
export interface WordUnit {
  /** The word as written, hyphens and apostrophes removed: "regios", "onderwijszorgarrangement". */
  joined: string
  /** Base parts in reading order, used for phrase matching: ["regio"], ["onderwijs", "zorgarrangement"]. */
  parts: string[]
  /** Every distinct form worth indexing: parts, "'s" forms, joined form. */
  forms: string[]
  /** The form a query requires: the joined form of a compound, the base of an "'s" word. */
  key: string
}

export const MIN_TERM_LENGTH = 2
export const MAX_TERM_LENGTH = 50

const APOSTROPHE_VARIANTS = /[\u2019\u2018\u201B\u02BC\u0060\u00B4\u2032]/g
const HYPHEN_VARIANTS = /[\u2010\u2011]/g
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const COMBINING_MARKS = /\p{M}+/gu
const SPECIAL_LETTERS = /[ßæœøđłıþð]/g
const SPECIAL_MAP: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
}

/**
 * Lowercase and fold diacritics; unify apostrophe and hyphen variants to `'` and `-`. Keeps all
 * punctuation (the tokeniser needs apostrophes and hyphens).
 */
export function foldText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(APOSTROPHE_VARIANTS, "'")
    .replace(HYPHEN_VARIANTS, '-')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (c) => SPECIAL_MAP[c] ?? c)
}

/**
 * Normalised text: folded, apostrophes dropped, punctuation collapsed to single spaces, hyphens
 * between word characters kept. "Regio’s in ’t Gooi: crèche-aanbod!" → "regios in t gooi creche-aanbod".
 */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((unit) => unitText(unit))
    .join(' ')
}

function unitText(unit: WordUnit): string {
  // Re-join the parts with hyphens only when the word was hyphenated.
  return unit.parts.length > 1 ? unit.parts.join('-') : unit.joined
}

const SEPARATORS = /[^a-z0-9'-]+/
const SIMPLE_WORD = /^[a-z0-9]+$/
const EDGE_PUNCTUATION = /^['-]+|['-]+$/g
const EDGE_APOSTROPHES = /^'+|'+$/g
const POSSESSIVE_S = /^(.+)'s$/
/** Single letters joined by dots, on folded text: "p.o.", "v.o", "o.a.". Not "j. de vries", not "www.x.nl". */
const DOTTED_ACRONYM = /(?<![a-z0-9.])(?:[a-z]\.)+[a-z](?![a-z0-9])\.?/g

function joinDottedAcronyms(folded: string): string {
  return folded.includes('.') ? folded.replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, '')) : folded
}

/** Split text into normalised word units. */
export function tokenize(text: string): WordUnit[] {
  const units: WordUnit[] = []
  for (const chunk of joinDottedAcronyms(foldText(text)).split(SEPARATORS)) {
    if (SIMPLE_WORD.test(chunk)) {
      // Fast path for the common case: no hyphen, no apostrophe.
      units.push({ joined: chunk, parts: [chunk], forms: [chunk], key: chunk })
      continue
    }
    const word = chunk.replace(EDGE_PUNCTUATION, '')
    if (word === '') continue
    const parts: string[] = []
    const sForms: string[] = []
    const joinedParts: string[] = []
    for (const rawPart of word.split(/-+/)) {
      const part = rawPart.replace(EDGE_APOSTROPHES, '')
      if (part === '') continue
      const possessive = POSSESSIVE_S.exec(part)
      if (possessive?.[1] !== undefined) {
        const base = possessive[1].replace(/'/g, '')
        if (base !== '') {
          parts.push(base)
          sForms.push(`${base}s`)
          joinedParts.push(`${base}s`)
          continue
        }
      }
      const plain = part.replace(/'/g, '')
      if (plain === '') continue
      parts.push(plain)
      joinedParts.push(plain)
    }
    const first = parts[0]
    if (first === undefined) continue
    const joined = joinedParts.join('')
    const key = parts.length > 1 ? joined : first
    units.push({ joined, parts, forms: unique([...parts, ...sForms, joined]), key })
  }
  return units
}

/** Whether a normalised form is worth indexing or querying: not a stop word, sensible length. */
export function isIndexable(form: string): boolean {
  return form.length >= MIN_TERM_LENGTH && form.length <= MAX_TERM_LENGTH && !isStopWord(form)
}

/** Indexable forms of the units, in text order, duplicates kept (they carry term frequency). */
export function unitTerms(units: readonly WordUnit[]): string[] {
  const terms: string[] = []
  for (const unit of units) {
    for (const form of unit.forms) if (isIndexable(form)) terms.push(form)
  }
  return terms
}

/** Tokenise and return the indexable forms: `indexTerms("de onderwijs-zorgarrangementen")`. */
export function indexTerms(text: string): string[] {
  return unitTerms(tokenize(text))
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

/** A word being typed is searched as a prefix from this many characters on. */
export const MIN_PREFIX_LENGTH = 3

/** The longest common start of two words. */
export function commonPrefix(a: string, b: string): string {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return a.slice(0, i)
}
