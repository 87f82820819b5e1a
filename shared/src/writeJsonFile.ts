import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes `value` as JSON to `file` through a temporary file and a rename, so a build killed
 * meanwhile leaves the previous file whole (the build cache's manifest, the search term cache).
 * The temporary name is unique per call, not per process: worker threads share a pid.
 */
export function writeJsonFile(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${randomUUID()}.tmp`
  try {
    writeFileSync(temporary, JSON.stringify(value))
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, { force: true })
  }
}
