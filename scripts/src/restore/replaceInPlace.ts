import { constants, existsSync } from 'node:fs'
import { copyFile, cp, link, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DatabaseLock } from './databaseLock'

const sidecars = ['-wal', '-shm', '-journal']

/**
 * Moves the verified database into place with one rename. The current file is kept beside it
 * as `<file>.pre-restore-<stamp>` (a hard link, so the swap itself never leaves the path empty).
 * Its WAL and journal are merged and removed first: left beside the new file, SQLite would
 * replay them into it.
 */
export async function replaceDatabase(
  staged: string,
  dbFile: string,
  stamp: string,
  lock: DatabaseLock,
): Promise<string | undefined> {
  let previous: string | undefined
  if (existsSync(dbFile)) {
    lock.settle()
    previous = `${dbFile}.pre-restore-${stamp}`
    // Never over an earlier kept copy: EEXIST from both stops the restore before the swap.
    await link(dbFile, previous).catch(() => copyFile(dbFile, previous as string, constants.COPYFILE_EXCL))
  }
  for (const suffix of sidecars) await rm(`${dbFile}${suffix}`, { force: true })
  await rename(staged, dbFile)
  return previous
}

/**
 * Puts the unpacked media folder beside the media folder (same file system, so the final
 * rename is atomic); copies it there when the staging folder is on another file system.
 * Returns the folder to pass to `replaceMedia`; its parent is the caller's to remove.
 */
export async function stageMedia(unpacked: string, mediaDir: string): Promise<string> {
  await mkdir(path.dirname(mediaDir), { recursive: true })
  const holder = await mkdtemp(path.join(path.dirname(mediaDir), '.media-restore-'))
  const staged = path.join(holder, 'media')
  if (!existsSync(unpacked)) await mkdir(staged)
  else
    await rename(unpacked, staged).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EXDEV') throw error
      await cp(unpacked, staged, { recursive: true })
    })
  return staged
}

/** Swaps the staged media folder in; the current one is kept as `<dir>.pre-restore-<stamp>`. */
export async function replaceMedia(staged: string, mediaDir: string, stamp: string): Promise<string | undefined> {
  let previous: string | undefined
  if (existsSync(mediaDir)) {
    previous = `${mediaDir}.pre-restore-${stamp}`
    await rename(mediaDir, previous)
  }
  await rename(staged, mediaDir)
  return previous
}
