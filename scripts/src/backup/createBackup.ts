import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { create as createTar } from 'tar'
import { DATABASE_ENTRY, MANIFEST_ENTRY, MEDIA_ENTRY, type BackupManifest } from './manifest'
import { sha256File } from './sha256'
import { snapshotMedia } from './snapshotMedia'
import { countDocuments, latestMigration, openSqlite, sqlString } from './sqliteFile'

export class BackupError extends Error {
  override name = 'BackupError'
}

export interface BackupOptions {
  /** The SQLite file the CMS uses; it may be open and written to while this runs. */
  dbFile: string
  mediaDir: string
  /** Collections whose documents the manifest counts. */
  collections: readonly string[]
  /** The archive to write (`.tar.gz`); written beside as `.partial` and renamed when complete. */
  out: string
  now?: Date
}

/**
 * A consistent snapshot of a running CMS: the database through `VACUUM INTO` (one read
 * transaction, so a single point in time whatever the CMS writes meanwhile; a file copy could
 * catch a half-written page or miss the WAL), then the media folder, into one tar.gz with a
 * manifest of counts and checksums.
 */
export async function createBackup(options: BackupOptions): Promise<{ file: string; manifest: BackupManifest }> {
  const { dbFile, mediaDir, collections, out, now = new Date() } = options
  if (!existsSync(dbFile)) throw new BackupError(`There is no database at ${dbFile}.`)
  await mkdir(path.dirname(out), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(out), '.mao-backup-'))
  const partial = `${out}.partial`
  try {
    const snapshot = path.join(staging, DATABASE_ENTRY)
    vacuumInto(dbFile, snapshot)
    const db = openSqlite(snapshot)
    let counts: Record<string, number>
    let migration: string | null
    try {
      counts = countDocuments(db, collections, { onlyExisting: true })
      migration = latestMigration(db)
    } finally {
      db.close()
    }
    const media = await snapshotMedia(mediaDir, path.join(staging, MEDIA_ENTRY))
    const manifest: BackupManifest = {
      format: 'mao-backup',
      version: 1,
      createdAt: now.toISOString(),
      database: {
        kind: 'sqlite',
        file: DATABASE_ENTRY,
        bytes: (await stat(snapshot)).size,
        sha256: await sha256File(snapshot),
        migration,
      },
      counts,
      media,
    }
    await writeFile(path.join(staging, MANIFEST_ENTRY), `${JSON.stringify(manifest, null, 2)}\n`)
    // The manifest goes first, so a reader meets it before the data it describes.
    await createTar({ gzip: true, portable: true, file: partial, cwd: staging }, [
      MANIFEST_ENTRY,
      DATABASE_ENTRY,
      MEDIA_ENTRY,
    ])
    await syncFile(partial)
    await rename(partial, out)
    return { file: out, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
}

function vacuumInto(dbFile: string, target: string): void {
  const db = openSqlite(dbFile)
  try {
    // The CMS may hold the write lock for a moment; a reader in WAL mode only waits on recovery.
    db.exec('PRAGMA busy_timeout = 10000')
    db.exec(`VACUUM INTO ${sqlString(target)}`)
  } finally {
    db.close()
  }
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
