/**
 * The manifest at the root of every backup archive: what the archive holds and the checksums
 * `pnpm restore` verifies before it touches anything.
 */
export const MANIFEST_ENTRY = 'manifest.json'
export const DATABASE_ENTRY = 'database.sqlite'
export const MEDIA_ENTRY = 'media'

export interface MediaEntry {
  /** Relative to the media folder, with `/` separators. */
  path: string
  bytes: number
  sha256: string
}

export interface BackupManifest {
  format: 'mao-backup'
  version: 1
  createdAt: string
  database: {
    kind: 'sqlite'
    file: typeof DATABASE_ENTRY
    bytes: number
    sha256: string
    /** The last migration recorded in the database (`dev` for a schema-pushed one), null if none. */
    migration: string | null
  }
  /** Documents per collection, counted in the snapshot. */
  counts: Record<string, number>
  media: MediaEntry[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isSha256 = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
const isSize = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0
/** A relative path that stays inside the media folder. */
const isMediaPath = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  !value.startsWith('/') &&
  value.split('/').every((part) => part !== '' && part !== '.' && part !== '..')

/** Checks the shape of a parsed manifest; returns the reason it is unusable, or undefined. */
function problem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'not an object'
  if (value.format !== 'mao-backup' || value.version !== 1) return 'unknown format or version'
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) return 'bad createdAt'
  const database = value.database
  if (!isRecord(database) || database.kind !== 'sqlite' || database.file !== DATABASE_ENTRY) return 'bad database'
  if (!isSize(database.bytes) || !isSha256(database.sha256)) return 'bad database checksum'
  if (database.migration !== null && typeof database.migration !== 'string') return 'bad migration'
  if (!isRecord(value.counts) || !Object.values(value.counts).every(isSize)) return 'bad counts'
  if (!Array.isArray(value.media)) return 'bad media list'
  for (const entry of value.media as unknown[]) {
    if (!isRecord(entry) || !isMediaPath(entry.path) || !isSize(entry.bytes) || !isSha256(entry.sha256))
      return 'bad media entry'
  }
  return undefined
}

export function parseManifest(text: string): BackupManifest {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error('manifest.json is not valid JSON')
  }
  const reason = problem(value)
  if (reason) throw new Error(`manifest.json is not a backup manifest (${reason})`)
  return value as BackupManifest
}
