import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/**
 * For tests: makes fresh folders under the system's temp folder, all removed when the test file is
 * done (without it, every run of the cache and manifest tests left its folders behind).
 */
export function scratchDirs(prefix: string): () => string {
  const made: string[] = []
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}
