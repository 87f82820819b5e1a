import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A JSON file the build wrote into a release, read whole: throws when it is missing (with the
 * `ENOENT` code), unreadable, larger than `maxBytes` or not JSON. The callers decide what a
 * release without a usable file means.
 */
export async function readReleaseJson(root: string, name: string, maxBytes: number): Promise<unknown> {
  const text = await readFile(path.join(root, name), 'utf8')
  if (text.length > maxBytes) throw new Error('too large')
  return JSON.parse(text) as unknown
}
