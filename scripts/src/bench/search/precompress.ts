import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TEXT = new Set(['.html', '.js', '.json', '.css'])

/**
 * Writes `<file>.gz` beside every text file under `root`, which the site server sends as is to
 * browsers that accept gzip: the browser's encoded sizes are the bytes a visitor would download,
 * and no request pays for compressing on the fly.
 */
export async function precompress(root: string): Promise<void> {
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && TEXT.has(path.extname(file))) await writeFile(`${file}.gz`, gzipSync(await readFile(file)))
  }
}
