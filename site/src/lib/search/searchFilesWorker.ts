/**
 * The search files of a static build, made in a worker thread while the pages render: at 10,000
 * documents they took 1.2 s of the main thread in a publish (terms cached) and 3.8 s in a cold
 * build, before the first page, because the search route needed their hashed names for its paths.
 *
 * The worker runs this very module: in the build it is its own chunk of Astro's page bundle
 * (searchFiles.ts imports it dynamically), so `import.meta.url` is a plain JavaScript file that
 * Node can start. It loads the term cache from the build's cache folder, writes the files into
 * the release, stores the terms for the next build and answers with the files' names.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { loadTermCache, saveTermCache } from '@mao/shared/search/termCacheFile'
import type { SearchDocument } from '@mao/shared/search/types'
import { sitePaths } from '@mao/shared/sitePaths'
import { buildSearchFiles, type SearchFileName } from './buildSearchFiles'

const JOB = 'mao-search-files'

export interface SearchFilesJob {
  docs: SearchDocument[]
  /** The release folder: the files go to its /zoeken. */
  outDir: string
  termCacheFile: string
}

export interface WrittenSearchFiles {
  manifest: SearchFileName
  words: SearchFileName
}

type Message = { kind: typeof JOB } & SearchFilesJob

/** Makes the files and writes them into the release, then stores the terms for the next build. */
export function writeSearchFiles(job: SearchFilesJob): WrittenSearchFiles {
  const terms = loadTermCache(job.termCacheFile)
  const files = buildSearchFiles(job.docs, terms)
  mkdirSync(path.join(job.outDir, sitePaths.search), { recursive: true })
  for (const file of files.all) writeFileSync(path.join(job.outDir, file.path), file.body)
  try {
    saveTermCache(job.termCacheFile, terms)
  } catch (error) {
    // The next build computes every document's terms: slower, never wrong.
    console.warn(`[search] Could not store the search term cache in ${job.termCacheFile}: ${String(error)}`)
  }
  const name = ({ name, path }: SearchFileName): SearchFileName => ({ name, path })
  return { manifest: name(files.manifest), words: name(files.words) }
}

if (!isMainThread && (workerData as Message | undefined)?.kind === JOB) {
  parentPort?.postMessage(writeSearchFiles(workerData as Message))
}

/**
 * `writeSearchFiles` in a worker started from `entry` (this module); resolves with the names once
 * the worker has ended well, rejects when it threw or ended without them.
 */
export function writeSearchFilesInWorker(
  job: SearchFilesJob,
  entry: URL = new URL(import.meta.url),
): Promise<WrittenSearchFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { kind: JOB, ...job } satisfies Message })
    let written: WrittenSearchFiles | undefined
    worker.once('message', (message: WrittenSearchFiles) => (written = message))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code === 0 && written) resolve(written)
      else reject(new Error(`The search worker stopped (exit code ${code}) before it had written the search files.`))
    })
  })
}
