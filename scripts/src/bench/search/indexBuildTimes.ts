/**
 * The search index's build time without and with the term cache (shared/src/search/termCache.ts),
 * as a site build spends it: read the cache file from the cache folder, build the index data,
 * store the file. Cold: no file (a first build, or another pipeline version). Changed: the file
 * of a build of the same documents, then one document edited. Both twice, alternating, and the
 * faster of each kept: this machine's timings vary up to 2× between identical runs.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildIndexData, serializeIndex } from '@mao/shared/search/indexData'
import { loadTermCache, saveTermCache, TERM_CACHE_FILE } from '@mao/shared/search/termCacheFile'
import type { SearchDocument } from '@mao/shared/search/types'

export interface IndexBuildTimes {
  /** No cache file: every document's terms computed. */
  coldMs: number
  /** One document changed since the build that stored the cache. */
  changedMs: number
  /** Documents computed in the changed build (1 expected). */
  changedMisses: number
  cacheFileBytes: number
}

const ROUNDS = 2

export async function measureIndexBuild(docs: readonly SearchDocument[]): Promise<IndexBuildTimes> {
  const folder = await mkdtemp(path.join(tmpdir(), 'mao-search-terms-'))
  const file = path.join(folder, TERM_CACHE_FILE)
  const middle = Math.floor(docs.length / 2)
  const changed = docs.map((doc, i) =>
    i === middle ? { ...doc, body: `${doc.body} Bijgewerkt na de evaluatie.` } : doc,
  )
  const build = (documents: readonly SearchDocument[]) => {
    const started = performance.now()
    const cache = loadTermCache(file)
    const index = serializeIndex(buildIndexData(documents, { terms: cache }))
    const misses = cache.misses
    saveTermCache(file, cache)
    return { ms: performance.now() - started, misses, index }
  }
  try {
    const times: IndexBuildTimes = { coldMs: Infinity, changedMs: Infinity, changedMisses: 0, cacheFileBytes: 0 }
    for (let round = 0; round < ROUNDS; round += 1) {
      await rm(file, { force: true })
      times.coldMs = Math.min(times.coldMs, build(docs).ms)
      times.cacheFileBytes = (await stat(file)).size
      const warm = build(changed)
      times.changedMs = Math.min(times.changedMs, warm.ms)
      times.changedMisses = warm.misses
      if (round === 0 && warm.index !== serializeIndex(buildIndexData(changed)))
        throw new Error('The index built with the term cache differs from one built without')
    }
    return times
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
