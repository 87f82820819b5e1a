/**
 * The term cache (termCache.ts) in a file between builds. Reading never fails a build: a missing,
 * unreadable, damaged file or one of another pipeline version gives an empty cache, and the
 * index is built from scratch. Written atomically (writeJsonFile.ts), so a build killed meanwhile
 * leaves the previous file whole.
 */
import { readFileSync } from 'node:fs'
import { writeJsonFile } from '../writeJsonFile'
import { TermCache } from './termCache'

export const TERM_CACHE_FILE = 'mao-search-terms.json'

export function loadTermCache(file: string, version?: string): TermCache {
  let stored: unknown
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    stored = undefined
  }
  return new TermCache(stored, version)
}

/** Stores the entries this build used (see `TermCache.take`). */
export function saveTermCache(file: string, cache: TermCache): void {
  writeJsonFile(file, cache.take())
}
