import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { DATABASE_ENTRY, MANIFEST_ENTRY, MEDIA_ENTRY, parseManifest, type BackupManifest } from '../backup/manifest'
import { sha256File } from '../backup/sha256'
import { countDocuments, integrityCheck, openSqlite } from '../backup/sqliteFile'
import { RestoreError } from './restoreError'

const invalid = (message: string) => new RestoreError('invalid-archive', message)

async function checkFile(file: string, label: string, expected: { bytes: number; sha256: string }): Promise<void> {
  if (!existsSync(file)) throw invalid(`${label} is missing from the archive.`)
  if ((await stat(file)).size !== expected.bytes || (await sha256File(file)) !== expected.sha256)
    throw invalid(`${label} does not match its checksum in the manifest.`)
}

/**
 * Checks an unpacked archive against its manifest before anything is restored: the database
 * and every media file by size and SHA-256, no file the manifest does not list, SQLite's own
 * integrity check, and the document counts. Returns the manifest.
 */
export async function verifyStaged(staging: string): Promise<BackupManifest> {
  const manifestFile = path.join(staging, MANIFEST_ENTRY)
  if (!existsSync(manifestFile)) throw invalid('The archive has no manifest.json; it is not a backup of this CMS.')
  let manifest: BackupManifest
  try {
    manifest = parseManifest(await readFile(manifestFile, 'utf8'))
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error))
  }

  const database = path.join(staging, DATABASE_ENTRY)
  await checkFile(database, DATABASE_ENTRY, manifest.database)

  const mediaDir = path.join(staging, MEDIA_ENTRY)
  const listed = new Set(manifest.media.map((entry) => entry.path))
  const present = existsSync(mediaDir)
    ? (await readdir(mediaDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(mediaDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    : []
  const extra = present.filter((file) => !listed.has(file))
  if (extra.length > 0) throw invalid(`Media files not in the manifest: ${extra.slice(0, 5).join(', ')}`)
  for (const entry of manifest.media) await checkFile(path.join(mediaDir, entry.path), `media/${entry.path}`, entry)

  let counts: Record<string, number>
  const db = openSqlite(database)
  try {
    if (!integrityCheck(db)) throw invalid('The database fails SQLite’s integrity check.')
    counts = countDocuments(db, Object.keys(manifest.counts))
  } catch (error) {
    throw error instanceof RestoreError ? error : invalid(`The database cannot be read: ${String(error)}`)
  } finally {
    db.close()
  }
  const differing = Object.keys(manifest.counts).filter((slug) => counts[slug] !== manifest.counts[slug])
  if (differing.length > 0) throw invalid(`Document counts differ from the manifest in: ${differing.join(', ')}`)
  return manifest
}
