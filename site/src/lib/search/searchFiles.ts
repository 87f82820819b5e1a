/**
 * The search files (buildSearchFiles.ts) of this build.
 *
 * In a static build a worker thread makes them and writes them into the release while the pages
 * render (searchFilesWorker.ts): the search route starts it from its getStaticPaths and lists no
 * paths, the search page waits for the names, and the build waits for the worker before it is
 * done (`IncrementalBuild.waitFor`). The search page depends on what the documents were made of:
 * it records the same dependencies as the getStaticPaths that made them (`rememberDependencies`).
 *
 * In `astro dev` (and anywhere without a static build) they are made here on every request, with
 * the terms kept in memory, and the search route serves them.
 */
import { TermCache } from '@mao/shared/search/termCache'
import { TERM_CACHE_FILE } from '@mao/shared/search/termCacheFile'
import path from 'node:path'
import { loadPublishedContent } from '../content/loadSiteContent'
import { rememberDependencies } from '../incremental/dependencies'
import { currentBuild, type IncrementalBuild } from '../incremental/incrementalBuild'
import { perBuild } from '../incremental/perBuild'
import { buildSearchFiles, type SearchFile, type SearchFileName } from './buildSearchFiles'
import type { WrittenSearchFiles } from './searchFilesWorker'
import { siteSearchDocuments } from './siteSearchDocuments'

type Started = { recordDependencies: () => void; written: Promise<WrittenSearchFiles> }

const started = perBuild<Promise<Started>>()

function startInWorker(build: IncrementalBuild): Promise<Started> {
  const slot = started()
  slot.value ??= (async () => {
    const { outDir } = build
    if (outDir === undefined) throw new Error('The static build has no output folder for the search files.')
    const content = await loadPublishedContent()
    const docs = rememberDependencies(() => siteSearchDocuments(content))
    const termCacheFile = path.join(build.cacheDir, TERM_CACHE_FILE)
    const written = import('./searchFilesWorker').then(({ writeSearchFilesInWorker }) =>
      writeSearchFilesInWorker({ docs: docs(), outDir, termCacheFile }),
    )
    build.waitFor(written)
    return { recordDependencies: () => void docs(), written }
  })()
  return slot.value
}

/** Kept between the dev server's requests: every request makes the files again. */
const devTerms = new TermCache()

async function buildHere() {
  const files = buildSearchFiles(siteSearchDocuments(await loadPublishedContent()), devTerms)
  devTerms.take()
  return files
}

/** The files for the search route to serve: none in a static build, which starts the worker instead. */
export async function searchFilesToServe(): Promise<SearchFile[]> {
  const build = currentBuild()
  if (build === undefined) return (await buildHere()).all
  await startInWorker(build)
  return []
}

/** The names of the manifest and of the words, for the search page. */
export async function searchFileNames(): Promise<{ manifest: SearchFileName; words: SearchFileName }> {
  const build = currentBuild()
  if (build === undefined) return buildHere()
  const { recordDependencies, written } = await startInWorker(build)
  recordDependencies()
  return written
}
