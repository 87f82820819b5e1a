/**
 * The single place that registers lunr-languages' Dutch support on the lunr singleton, and the
 * Dutch (Snowball) stemmer used on both sides of the index. Browser- and worker-safe.
 */
import lunr from 'lunr'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import dutch from 'lunr-languages/lunr.nl.js'

export interface LunrDutch {
  stemmer: lunr.PipelineFunction
}

type LunrWithDutch = typeof lunr & { stemmerSupport?: unknown; nl?: LunrDutch }
type LunrLanguagesPlugin = (l: Record<string, unknown>) => void

/**
 * Registers `lunr.stemmerSupport` and `lunr.nl` (and their pipeline functions `stemmer-nl`,
 * `trimmer-nl`, `stopWordFilter-nl`) once. Must run before `lunr.Index.load`, which otherwise
 * throws "Cannot load unregistered function". Idempotent: a second registration would only make
 * lunr warn about overwriting registered functions.
 */
export function registerDutch(): LunrDutch {
  const l = lunr as LunrWithDutch
  const target = lunr as unknown as Record<string, unknown>
  if (l.stemmerSupport === undefined) (stemmerSupport as LunrLanguagesPlugin)(target)
  if (l.nl === undefined) (dutch as LunrLanguagesPlugin)(target)
  if (l.nl === undefined) throw new Error('lunr-languages did not register lunr.nl')
  return l.nl
}

const STEM_CACHE_LIMIT = 50_000
const stemCache = new Map<string, string>()

/** Dutch Snowball stem of one already normalised word ("samenwerkingsverbanden" → "samenwerkingsverband"). */
export function stem(word: string): string {
  const cached = stemCache.get(word)
  if (cached !== undefined) return cached
  const stemmer = registerDutch().stemmer as unknown as (w: string) => unknown
  const stemmed = String(stemmer(word))
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
  stemCache.set(word, stemmed)
  return stemmed
}

export { lunr }
