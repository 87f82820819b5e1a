/**
 * The search index's per-document terms kept between builds (shared/src/search/termCache.ts): in
 * the dev server in memory for the life of the process (every request of `astro dev` rebuilds the
 * search files), in a static build in the build's cache folder (`SITE_CACHE_DIR`), read at the
 * start of each build (unless this process wrote that very file: see `written`) and written for
 * the next one.
 * Entries are keyed by the document's content and the pipeline's version, so the file is valid
 * whatever happens to the build afterwards; a missing, damaged or outdated one only means that
 * every document's terms are computed. Measured at 10,098 documents (`pnpm bench search
 * --index-only`): 1.2 s for the index data after one document changed, 5.1 s cold (cache file
 * written included).
 */
import path from 'node:path'
import { PIPELINE_VERSION } from '@mao/shared/search/pipelineVersion'
import { TermCache } from '@mao/shared/search/termCache'
import { loadTermCache, saveTermCache, TERM_CACHE_FILE } from '@mao/shared/search/termCacheFile'
import { afterBuild } from '../incremental/afterBuild'
import { currentBuild } from '../incremental/incrementalBuild'
import { perBuild } from '../incremental/perBuild'
import { writtenFile } from '../writtenFile'

const kept = perBuild<TermCache>()

/**
 * The cache this process last wrote, for its next build (the warm build process): reading the file
 * back took 0.2–0.3 s at 10,000 documents, and its terms were decoded again. Only for the same
 * pipeline: a build with new code may run in the same process.
 */
const written = writtenFile<TermCache>('searchTermCache')

function load(file: string): TermCache {
  const known = written.read(file)
  return known?.version === PIPELINE_VERSION ? known : loadTermCache(file)
}

/** The cache, and how to keep what this build used (after the index is built). */
export function searchTermCache(): { cache: TermCache; keep(): void } {
  const cacheDir = currentBuild()?.cacheDir
  const file = cacheDir === undefined ? undefined : path.join(cacheDir, TERM_CACHE_FILE)
  const slot = kept()
  slot.value ??= file === undefined ? new TermCache() : load(file)
  const current = slot.value
  return {
    cache: current,
    keep: () => {
      if (file === undefined) {
        current.take()
        return
      }
      afterBuild(() => {
        try {
          written.write(file, current, (to) => saveTermCache(to, current))
        } catch (error) {
          // The next build computes every document's terms: slower, never wrong.
          console.warn(`[search] Could not store the search term cache in ${file}: ${String(error)}`)
        }
      })
    },
  }
}
