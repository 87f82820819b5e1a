/**
 * lunr 2.3.9's scoring formulas (`lunr.idf`, `lunr.Builder#createFieldVectors`), shared by the
 * engine and the reference lunr indexes of the tests (test-lunrIndexes.ts).
 *
 * One correction: lunr.idf counts a document once per *field* that contains the term, so a word
 * found in the title, summary and body of half the documents counts "more documents than there
 * are" and gets an idf near zero (the formula's |x| then even makes rarer-in-fields words score
 * lower). The same bug class as Elasticsearch's negative cross-field idf (elastic/elasticsearch
 * #44700). Here `documentsWithTerm` is the number of distinct documents, as the name says.
 */

/** BM25 idf as lunr writes it, over the number of documents that contain the term. */
export function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)
  return Math.log(1 + Math.abs(x))
}

/** The BM25 weight lunr stores in a field vector: boosted and rounded to 3 decimals. */
export function lunrFieldWeight(
  idf: number,
  tf: number,
  fieldLength: number,
  averageFieldLength: number,
  boost: number,
  k1: number,
  b: number,
): number {
  const score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / averageFieldLength)) + tf)
  return Math.round(score * boost * 1000) / 1000
}

/** A drop-in for `lunr.idf` that counts each document once, whatever the number of fields. */
export function documentIdf(posting: Record<string, unknown>, documentCount: number): number {
  const documents = new Set<string>()
  for (const field in posting) {
    if (field === '_index') continue
    for (const ref of Object.keys(posting[field] as object)) documents.add(ref)
  }
  return lunrIdf(documents.size, documentCount)
}
