import { describe, expect, it } from 'vitest'
import { buildIndexData, type SearchIndexData } from './indexData'
import { CORPUS, generatedCorpus, searchDoc } from './test-fixtures'
import { createBuilder, prepareDocuments } from './test-lunrIndexes'
import type { SearchDocument } from './types'
import { decodeVarints, VarintReader } from './varint'

type Frequencies = Record<string, Record<string, number>>

/** What lunr.Builder counts for the documents (field "title/3": term → frequency), and the field lengths. */
function lunrCounts(docs: readonly SearchDocument[], maxBodyTerms?: number) {
  const builder = createBuilder()
  const options = maxBodyTerms === undefined ? {} : { maxBodyTerms }
  prepareDocuments(docs, options).forEach((doc, n) => builder.add({ ...doc, id: String(n) }))
  const { fieldTermFrequencies, fieldLengths } = builder as unknown as {
    fieldTermFrequencies: Frequencies
    fieldLengths: Record<string, number>
  }
  return {
    frequencies: JSON.parse(JSON.stringify(fieldTermFrequencies)) as Frequencies,
    lengths: { ...fieldLengths },
  }
}

/** The same read back from the compact index data. */
function dataCounts(data: SearchIndexData) {
  const frequencies: Frequencies = {}
  const lengths: Record<string, number> = {}
  data.fields.forEach((field, f) =>
    decodeVarints(data.lengths[f]!).forEach((length, doc) => {
      frequencies[`${field}/${doc}`] = {}
      lengths[`${field}/${doc}`] = length
    }),
  )
  const reader = new VarintReader(data.postings)
  for (const term of data.terms === '' ? [] : data.terms.split(' ')) {
    let doc = -1
    for (let count = reader.next(); count > 0; count -= 1) {
      doc += reader.next() + 1
      data.patterns[reader.next()]!.forEach((tf, f) => {
        if (tf > 0) frequencies[`${data.fields[f]}/${doc}`]![term] = tf
      })
    }
  }
  return { frequencies, lengths }
}

describe('buildIndexData counts what lunr.Builder counts', () => {
  // Frequencies of 32 and more take another way through the postings (postings.ts).
  const repeated = searchDoc('repeated', 'zorg '.repeat(40), { body: 'jeugdhulp scholen '.repeat(50) })
  const docs = [...CORPUS, ...generatedCorpus(80), repeated]

  it.each([undefined, 0, 5, Infinity])('per field and document, with maxBodyTerms %s', (maxBodyTerms) => {
    const data = buildIndexData(docs, maxBodyTerms === undefined ? {} : { maxBodyTerms })
    expect(dataCounts(data)).toEqual(lunrCounts(docs, maxBodyTerms))
  })

  it('selects body terms over the corpus, and sees names (the comparison is not vacuous)', () => {
    const bodyTerms = (maxBodyTerms: number) =>
      Object.entries(dataCounts(buildIndexData(docs, { maxBodyTerms })).frequencies)
        .filter(([key]) => key.startsWith('body/'))
        .map(([, terms]) => Object.keys(terms).length)
    const all = bodyTerms(Infinity)
    expect(bodyTerms(40).filter((count, d) => count < all[d]!).length).toBeGreaterThan(20)
    const { frequencies } = dataCounts(buildIndexData(docs))
    expect(Object.keys(frequencies[`title/${CORPUS.length}`]!).some((term) => term.startsWith('='))).toBe(true)
    expect(frequencies[`title/${docs.length - 1}`]!.zorg).toBe(40)
  })
})
