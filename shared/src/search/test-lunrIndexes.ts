/**
 * Reference lunr indexes for the tests: the site never builds them. They prove that the compact
 * index file is a lunr index and let tests compare the engine's scores with `lunr.Index#query`.
 */
import { bodyWords, countTerms, fieldWords, type FieldTerms } from './documentTerms'
import { parseIndexData, type SearchIndexData } from './indexData'
import { indexStem } from './indexStem'
import { lunr, registerDutch } from './lunr-nl'
import { checkDocumentIds, maxBodyTermsOf, selectBodyIndexTerms, type IndexOptions } from './pipeline'
import { documentIdf, lunrFieldWeight, lunrIdf } from './scoring'
import { getSynonymMatcher } from './synonyms'
import { FIELD_BOOSTS, SEARCH_FIELDS, type SearchDocument, type SearchField } from './types'
import { VarintReader, decodeVarints } from './varint'

/** A document as fed to lunr: every field an array of normalised, unstemmed words. */
export type PreparedDocument = { id: string } & Record<SearchField, string[]>

export const STEMMER_LABEL = 'stemmer-nl-search'
let searchStemmer: lunr.PipelineFunction | undefined

/**
 * The index pipeline: lunr-languages' Dutch (Snowball) stemmer behind a cache, which stems a
 * synonym-marked word ("_thuiszitters") without its mark and puts the mark back.
 */
function dutchSearchStemmer(): lunr.PipelineFunction {
  if (searchStemmer === undefined) {
    registerDutch()
    const fn: lunr.PipelineFunction = (token) => token.update(indexStem)
    lunr.Pipeline.registerFunction(fn, STEMMER_LABEL)
    searchStemmer = fn
  }
  return searchStemmer
}

/** A lunr builder with the fields, boosts and Dutch pipeline of the site index. */
export function createBuilder(): lunr.Builder {
  const stemmer = dutchSearchStemmer()
  const builder = new lunr.Builder()
  builder.ref('id')
  for (const field of SEARCH_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] })
  builder.pipeline.add(stemmer)
  builder.searchPipeline.add(stemmer)
  builder.metadataWhitelist = []
  return builder
}

/**
 * The words lunr.Builder gets for every field of every document: the whole fields' words
 * (documentTerms.ts), and for the body each stem `selectBodyIndexTerms` keeps as its first surface
 * form, repeated by its tf, plus the marked synonym expansion. `buildIndexData` counts the same
 * terms itself; the tests compare both.
 */
export function prepareDocuments(docs: readonly SearchDocument[], options: IndexOptions = {}): PreparedDocument[] {
  const maxBodyTerms = maxBodyTermsOf(options)
  const synonyms = options.synonyms ?? getSynonymMatcher()
  checkDocumentIds(docs)
  const words = docs.map((doc) => bodyWords(doc.body, synonyms))
  const bodies = selectBodyIndexTerms(
    words.map(({ stats, expansion }) => ({ ...stats, expansion: countTerms(expansion) })),
    maxBodyTerms,
  )
  // 0 leaves the body out, its synonym expansion too.
  const body = (d: number) => (maxBodyTerms === 0 ? [] : bodyForms(words[d]!, bodies[d]!))
  return docs.map((doc, d) => ({ id: doc.id, ...fieldWords(doc, synonyms), body: body(d) }))
}

function bodyForms(words: ReturnType<typeof bodyWords>, selected: FieldTerms): string[] {
  const position = new Map(words.stats.stems.map((stem, t) => [stem, t]))
  const forms: string[] = []
  selected.terms.forEach((term, i) => {
    // Expansion terms carry the synonym mark, which no body stem starts with: added whole below.
    const t = position.get(term)
    if (t !== undefined) for (let r = 0; r < selected.tfs[i]!; r += 1) forms.push(words.forms[t]!)
  })
  return [...forms, ...words.expansion]
}

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
