/**
 * The version of the per-document terms (documentTerms.ts), which the term cache (termCache.ts)
 * belongs to: a cache of another version is discarded and the next build computes every
 * document's terms afresh. Nothing to bump by hand:
 * - the data (stop words, synonym and place groups) is read here, so editing it changes the version;
 * - the code is fingerprinted by `PIPELINE_SOURCES_DIGEST`, a digest of the source files the terms
 *   come from (`PIPELINE_SOURCES`, lunr-languages' Dutch stemmer included). A built site cannot
 *   read its sources, so the digest is recorded here, and pipelineVersion.test.ts fails, giving the
 *   new digest, as soon as one of those files changes (a dependency update of the stemmer too);
 * - the Unicode version of the Node in use: foldText (normalize.ts) depends on its tables through
 *   normalize('NFKD'), \p{M} and toLowerCase, so a Node upgrade can fold words differently.
 */
import { createHash } from 'node:crypto'
import { MAX_TERM_LENGTH, MIN_TERM_LENGTH } from './normalize'
import { DUTCH_STOP_WORDS } from './stopwords'
import { SYNONYM_GROUPS } from './synonyms.data'

/**
 * The files cached terms depend on (search modules by name, others by package path): how they are
 * made, and how they are keyed and stored (an entry read back another way would be wrong, not
 * damaged).
 */
export const PIPELINE_SOURCES: readonly string[] = [
  'documentTerms.ts',
  'indexStem.ts',
  'lunr-nl.ts',
  'normalize.ts',
  'rankingTerms.ts',
  'stopwords.ts',
  'storedTerms.ts',
  'synonyms.ts',
  'termCache.ts',
  'varint.ts',
  'lunr-languages/lunr.stemmer.support.js',
  'lunr-languages/lunr.nl.js',
]

export const PIPELINE_SOURCES_DIGEST = 'a9AIrbOJM3wcwtWh'

export interface PipelineInputs {
  sourcesDigest: string
  stopWords: Iterable<string>
  synonymGroups: readonly (readonly string[])[]
  /** `process.versions.unicode`. */
  unicode: string | undefined
}

export function pipelineVersionOf({ sourcesDigest, stopWords, synonymGroups, unicode }: PipelineInputs): string {
  return createHash('sha256')
    .update(JSON.stringify([sourcesDigest, [...stopWords], synonymGroups, [MIN_TERM_LENGTH, MAX_TERM_LENGTH], unicode]))
    .digest('base64url')
    .slice(0, 16)
}

export const PIPELINE_VERSION = pipelineVersionOf({
  sourcesDigest: PIPELINE_SOURCES_DIGEST,
  stopWords: DUTCH_STOP_WORDS,
  synonymGroups: SYNONYM_GROUPS,
  unicode: process.versions.unicode,
})
