import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { DATABASE_ENTRY, MEDIA_ENTRY, type BackupManifest } from '../backup/manifest'
import { lockDatabase } from './databaseLock'
import { extractArchive } from './extractArchive'
import { replaceDatabase, replaceMedia, stageMedia } from './replaceInPlace'
import { RestoreError } from './restoreError'
import { verifyStaged } from './verifyStaged'

export interface RestoreOptions {
  archive: string
  dbFile: string
  mediaDir: string
  now?: Date
}

export interface RestoreResult {
  manifest: BackupManifest
  /** Where the replaced database and media folder were kept, if there were any. */
  previousDatabase?: string
  previousMedia?: string
}

/**
 * Restores a `pnpm backup` archive over the SQLite database and media folder. Refuses while the
 * database is open anywhere, unpacks beside the targets and verifies every checksum there, and
 * only then swaps the database and the media folder in with renames. Until that swap nothing of
 * the current installation changes, whatever fails.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { archive, dbFile, mediaDir, now = new Date() } = options
  if (!existsSync(archive)) throw new RestoreError('invalid-archive', `There is no archive at ${archive}.`)
  const lock = lockDatabase(dbFile)
  let staging: string | undefined
  let mediaStaging: string | undefined
  try {
    await mkdir(path.dirname(dbFile), { recursive: true })
    staging = await mkdtemp(path.join(path.dirname(dbFile), '.restore-'))
    await extractArchive(archive, staging)
    const manifest = await verifyStaged(staging)
    const stagedMedia = await stageMedia(path.join(staging, MEDIA_ENTRY), mediaDir)
    mediaStaging = path.dirname(stagedMedia)

    const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-')
    const previousDatabase = await replaceDatabase(path.join(staging, DATABASE_ENTRY), dbFile, stamp, lock)
    try {
      const previousMedia = await replaceMedia(stagedMedia, mediaDir, stamp)
      return { manifest, previousDatabase, previousMedia }
    } catch (error) {
      throw new RestoreError(
        'failed',
        `The database was restored but the media folder could not be swapped in (${String(error)}). ` +
          `The previous database is at ${previousDatabase ?? '(none)'}.`,
      )
    }
  } finally {
    lock.release()
    if (staging) await rm(staging, { recursive: true, force: true })
    if (mediaStaging) await rm(mediaStaging, { recursive: true, force: true })
  }
}
