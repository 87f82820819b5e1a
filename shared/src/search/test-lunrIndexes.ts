/**
 * Reference lunr indexes for the tests: the site never builds them. They prove that the compact
 * index file is a lunr index and let tests compare the engine's scores with `lunr.Index#query`.
 */
import { parseIndexData, type SearchIndexData } from './indexData'
import { lunr, registerDutch } from './lunr-nl'
import { createBuilder, prepareDocuments, type IndexOptions } from './pipeline'
import { documentIdf, lunrFieldWeight, lunrIdf } from './scoring'
import type { SearchDocument } from './types'
import { VarintReader, decodeVarints } from './varint'

/**
 * Rebuild a genuine `lunr.Index` (inverted index, field vectors, token set, Dutch search
 * pipeline) from the compact index data.
 */

export function toLunrIndex(json: string | object | SearchIndexData): lunr.Index {
  const data = parseIndexData(json)
  const nl = registerDutch()
  const terms = data.terms === '' ? [] : data.terms.split(' ')
  const lengths = data.lengths.map(decodeVarints)
  const averages = lengths.map((values) => (data.count === 0 ? 0 : values.reduce((s, v) => s + v, 0) / data.count))
  const invertedIndex: Record<string, Record<string, unknown>> = {}
  const vectors = new Map<string, number[]>()
  const reader = new VarintReader(data.postings)

  terms.forEach((term, t) => {
    const posting: Record<string, unknown> = { _index: t }
    for (const field of data.fields) posting[field] = {}
    const entries: { doc: number; tfs: number[] }[] = []
    let doc = -1
    for (let i = reader.next(); i > 0; i -= 1) {
      doc += reader.next() + 1
      entries.push({ doc, tfs: data.patterns[reader.next()]! })
    }
    const idf = lunrIdf(entries.length, data.count)
    for (const { doc: d, tfs } of entries) {
      tfs.forEach((tf, f) => {
        if (tf === 0) return
        const field = data.fields[f]!
        ;(posting[field] as Record<string, object>)[String(d)] = {}
        const key = `${field}/${d}`
        const vector = vectors.get(key) ?? []
        vector.push(t, lunrFieldWeight(idf, tf, lengths[f]![d]!, averages[f]!, data.boosts[f]!, data.k1, data.b))
        vectors.set(key, vector)
      })
    }
    invertedIndex[term] = posting
  })

  const fieldVectors: Record<string, lunr.Vector> = {}
  for (let d = 0; d < data.count; d += 1) {
    for (const field of data.fields) {
      const key = `${field}/${d}`
      fieldVectors[key] = new lunr.Vector(vectors.get(key) ?? [])
    }
  }
  const pipeline = new lunr.Pipeline()
  pipeline.add(nl.stemmer)
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: (lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }).fromArray(terms),
    fields: [...data.fields],
    pipeline,
  } as unknown as lunr.Index.Attributes)
}

/**
 * A plain lunr index built directly by `lunr.Builder` (reference for tests and for lunr's own
 * API), with `lunr.idf` counting documents rather than fields while it builds (see scoring.ts).
 */
export function createLunrIndex(docs: readonly SearchDocument[], options: IndexOptions = {}): lunr.Index {
  const builder = createBuilder()
  prepareDocuments(docs, options).forEach((doc, number) => builder.add({ ...doc, id: String(number) }))
  const target = lunr as unknown as { idf: typeof documentIdf }
  const original = target.idf
  target.idf = documentIdf
  try {
    return builder.build()
  } finally {
    target.idf = original
  }
}
