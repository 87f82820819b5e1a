/**
 * The postings of the index data (indexData.ts) from every document's field terms: per term, in
 * document order, the document numbers and a pattern number standing for the term's frequency in
 * each field. Patterns are numbered most frequent first (ties by their text "tf,tf,…").
 *
 * Corpus-wide, so it runs on every build, cached terms or not. Written for that: terms numbered
 * once, postings in flat typed arrays sized once, and a pattern kept as one small integer while
 * every frequency is below 32 (a text key otherwise). At 10,098 documents (about a million
 * postings) this took about a quarter of the time of the first version, which made an array and
 * a string per posting.
 */
import type { FieldTerms } from './documentTerms'
import { SEARCH_FIELDS } from './types'
import { VarintWriter } from './varint'

export interface EncodedPostings {
  /** Sorted index terms. */
  terms: string[]
  /** Per term (in `terms` order) its varints: the number of postings, then per posting the gap to the previous document number (minus one) and the pattern number. */
  segments: string[]
  postingCount: number
  /** Pattern number → term frequency per field. */
  patterns: number[][]
}

const FIELD_COUNT = SEARCH_FIELDS.length
/** 6 fields × 5 bits: a pattern key stays a small integer, which Map hashes fastest. */
const NUMERIC_TF_LIMIT = 32

export function encodePostings(
  docCount: number,
  fieldTerms: (field: number, doc: number) => FieldTerms,
): EncodedPostings {
  const ids = new Map<string, number>()
  const names: string[] = []
  // Per term its first and last posting, postings chained in document order (-1: none).
  let first = new Int32Array(1024)
  let last = new Int32Array(1024)
  let lastDoc = new Int32Array(1024)
  // At most one posting per term occurrence: sized once (growing them cost a tenth of the time).
  let occurrences = 0
  for (let doc = 0; doc < docCount; doc += 1)
    for (let f = 0; f < FIELD_COUNT; f += 1) occurrences += fieldTerms(f, doc).terms.length
  const postingDoc = new Int32Array(occurrences)
  const next = new Int32Array(occurrences)
  const postingTfs = new Int32Array(occurrences * FIELD_COUNT)
  let postingCount = 0
  for (let doc = 0; doc < docCount; doc += 1) {
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const { terms, tfs } = fieldTerms(f, doc)
      for (let i = 0; i < terms.length; i += 1) {
        const term = terms[i]!
        let id = ids.get(term)
        if (id === undefined) {
          id = names.length
          ids.set(term, id)
          names.push(term)
          if (id === first.length) {
            first = grow(first)
            last = grow(last)
            lastDoc = grow(lastDoc)
          }
          first[id] = -1
          lastDoc[id] = -1
        }
        if (lastDoc[id] !== doc) {
          const posting = postingCount
          postingCount += 1
          postingDoc[posting] = doc
          next[posting] = -1
          if (first[id] === -1) first[id] = posting
          else next[last[id]!] = posting
          last[id] = posting
          lastDoc[id] = doc
        }
        postingTfs[last[id]! * FIELD_COUNT + f] = tfs[i]!
      }
    }
  }

  const tfsOf = (posting: number): number[] => [
    ...postingTfs.subarray(posting * FIELD_COUNT, (posting + 1) * FIELD_COUNT),
  ]
  const keyOf = (posting: number): number | string => {
    let key = 0
    for (let f = FIELD_COUNT - 1; f >= 0; f -= 1) {
      const tf = postingTfs[posting * FIELD_COUNT + f]!
      if (tf >= NUMERIC_TF_LIMIT) return tfsOf(posting).join(',')
      key = key * NUMERIC_TF_LIMIT + tf
    }
    return key
  }
  // Patterns are numbered in order of first use here, renumbered by frequency below.
  const postingPattern = new Int32Array(postingCount)
  const patternIds = new Map<number | string, number>()
  const found: { count: number; posting: number }[] = []
  for (let posting = 0; posting < postingCount; posting += 1) {
    const key = keyOf(posting)
    let id = patternIds.get(key)
    if (id === undefined) {
      id = found.length
      patternIds.set(key, id)
      found.push({ count: 0, posting })
    }
    found[id]!.count += 1
    postingPattern[posting] = id
  }
  const patterns = found
    .map(({ count, posting }, id) => ({ id, count, text: tfsOf(posting).join(',') }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
  const patternNumber = new Int32Array(patterns.length)
  patterns.forEach(({ id }, n) => (patternNumber[id] = n))

  const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0))
  const writer = new VarintWriter()
  const segments = order.map((id) => {
    let count = 0
    for (let posting = first[id]!; posting !== -1; posting = next[posting]!) count += 1
    writer.write(count)
    let previous = -1
    for (let posting = first[id]!; posting !== -1; posting = next[posting]!) {
      const doc = postingDoc[posting]!
      writer.write(doc - previous - 1)
      writer.write(patternNumber[postingPattern[posting]!]!)
      previous = doc
    }
    return writer.take()
  })
  return {
    terms: order.map((id) => names[id]!),
    segments,
    postingCount,
    patterns: patterns.map(({ text }) => text.split(',').map(Number)),
  }
}

/** The same numbers in an array twice the size. */
function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2)
  larger.set(array)
  return larger
}
