/**
 * A document's terms (documentTerms.ts) as the term cache stores them: one string of varints
 * whose terms are numbers in the cache's vocabulary (`TermVocabulary`). Per whole field, then
 * the body: the number of terms, their word numbers and their frequencies; then the body's kept
 * stems (number, word numbers) and its synonym expansion (as a field).
 *
 * Why numbers: at 10,098 documents the cache as arrays of words was 25 MB, and the terms read
 * back were a million separate strings, each hashed anew by every Map lookup of the index build.
 * Words shared through one vocabulary make the build as fast as with terms computed in the same
 * process, and the file about a quarter of that size.
 */
import { WHOLE_FIELDS, type DocumentTerms, type FieldTerms } from './documentTerms'
import { VarintReader, VarintWriter } from './varint'

/** Words by number, append-only (termCache.ts starts a new one when too many are unused). */
export class TermVocabulary {
  readonly words: string[]
  readonly #numbers = new Map<string, number>()

  constructor(words: readonly string[] = []) {
    this.words = [...words]
    this.words.forEach((word, n) => this.#numbers.set(word, n))
  }

  /** Words as stored (separated by spaces); undefined for a damaged list. */
  static parse(text: unknown): TermVocabulary | undefined {
    if (typeof text !== 'string') return undefined
    const words = text === '' ? [] : text.split(' ')
    return words.every(storable) ? new TermVocabulary(words) : undefined
  }

  toString(): string {
    return this.words.join(' ')
  }

  numberOf(word: string): number {
    let n = this.#numbers.get(word)
    if (n === undefined) {
      n = this.words.length
      this.words.push(word)
      this.#numbers.set(word, n)
    }
    return n
  }
}

/** A term the vocabulary can hold: the index refuses empty terms and terms with white space anyway. */
const storable = (word: string): boolean => word !== '' && !/\s/.test(word)

/** Undefined when a term cannot be stored (such a document is computed in every build). */
export function encodeTerms(terms: DocumentTerms, vocabulary: TermVocabulary): string | undefined {
  const { body } = terms
  const lists = [...WHOLE_FIELDS.map((field) => terms.fields[field].terms), body.stems, body.keep, body.expansion.terms]
  if (!lists.every((list) => list.every(storable))) return undefined
  const writer = new VarintWriter()
  const words = (list: readonly string[]): void => {
    writer.write(list.length)
    for (const word of list) writer.write(vocabulary.numberOf(word))
  }
  const field = (terms: readonly string[], tfs: readonly number[]): void => {
    words(terms)
    for (const tf of tfs) writer.write(tf)
  }
  for (const name of WHOLE_FIELDS) field(terms.fields[name].terms, terms.fields[name].tfs)
  field(body.stems, body.tfs)
  words(body.keep)
  field(body.expansion.terms, body.expansion.tfs)
  return writer.take()
}

/** Undefined for anything that is not stored terms of this vocabulary (recomputed, never used). */
export function decodeTerms(stored: unknown, vocabulary: TermVocabulary): DocumentTerms | undefined {
  if (typeof stored !== 'string') return undefined
  const reader = new VarintReader(stored)
  const { words: all } = vocabulary
  const words = (): string[] => {
    const list: string[] = []
    for (let count = reader.next(); count > 0; count -= 1) {
      const word = all[reader.next()]
      if (word === undefined) throw new RangeError('No such word')
      list.push(word)
    }
    return list
  }
  const field = (): FieldTerms => {
    const terms = words()
    const tfs = terms.map(() => reader.next())
    if (tfs.some((tf) => tf === 0)) throw new RangeError('A term without frequency')
    return { terms, tfs }
  }
  try {
    const fields = Object.fromEntries(WHOLE_FIELDS.map((name) => [name, field()])) as DocumentTerms['fields']
    const { terms: stems, tfs } = field()
    const keep = words()
    const expansion = field()
    return reader.done ? { fields, body: { stems, tfs, keep, expansion } } : undefined
  } catch {
    return undefined
  }
}
