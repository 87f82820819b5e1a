import { copyFile, link, mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { MediaEntry } from './manifest'
import { sha256File } from './sha256'

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Puts every regular file of the media folder into `target` and lists them with size and
 * checksum, measured on the copy so the manifest always matches what is archived. Payload
 * writes uploads as new files and never rewrites one in place, so a hard link is a stable
 * copy at no cost; across file systems the file is copied. A file deleted meanwhile is left out.
 */
export async function snapshotMedia(mediaDir: string, target: string): Promise<MediaEntry[]> {
  await mkdir(target, { recursive: true })
  const entries = await readdir(mediaDir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return []
    throw error
  })
  const media: MediaEntry[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    const relative = path.relative(mediaDir, source)
    const copy = path.join(target, relative)
    await mkdir(path.dirname(copy), { recursive: true })
    try {
      await link(source, copy).catch(() => copyFile(source, copy))
    } catch (error) {
      if (isMissing(error)) continue
      throw error
    }
    const { size } = await stat(copy)
    media.push({ path: relative.split(path.sep).join('/'), bytes: size, sha256: await sha256File(copy) })
  }
  return media.sort((a, b) => a.path.localeCompare(b.path))
}
