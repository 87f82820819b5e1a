import type { SanitizedConfig } from 'payload'
import type { DatabaseChoice } from '@mao/cms/database'

/** What backup and restore work on: the SQLite file, the media folder and the collections. */
export interface SqliteTarget {
  dbFile: string
  mediaDir: string
  /** Every collection except Payload's own bookkeeping (`payload-*`: preferences, locks, jobs, migrations). */
  collections: string[]
}

export class UnsupportedDatabaseError extends Error {
  override name = 'UnsupportedDatabaseError'
}

export const mongoDbRefusal =
  'DATABASE_URL points to MongoDB; pnpm backup and pnpm restore handle the SQLite database only. ' +
  'Back up MongoDB with mongodump and restore it with mongorestore, and copy the media folder or ' +
  'bucket beside it: see "Backups" in docs/production.md.'

export function resolveTarget(database: DatabaseChoice, config: SanitizedConfig): SqliteTarget {
  if (database.kind === 'mongodb') throw new UnsupportedDatabaseError(mongoDbRefusal)
  const staticDirs = [
    ...new Set(config.collections.flatMap((collection) => (collection.upload ? [collection.upload.staticDir] : []))),
  ]
  const [mediaDir, ...others] = staticDirs
  if (!mediaDir || others.length > 0)
    throw new UnsupportedDatabaseError(
      `Expected one upload folder, found ${staticDirs.length}: ${staticDirs.join(', ')}`,
    )
  return {
    dbFile: database.file,
    mediaDir,
    collections: config.collections.map((collection) => collection.slug).filter((slug) => !slug.startsWith('payload-')),
  }
}

/** The target named by DATABASE_URL and MEDIA_DIR (read from the root `.env` by the config). */
export async function loadTarget(): Promise<SqliteTarget> {
  // The config reads DATABASE_PUSH when imported; command-line tools never push (see ../cms.ts).
  process.env.DATABASE_PUSH ??= 'false'
  const [{ default: config }, { chooseDatabase }] = await Promise.all([
    import('@mao/cms/config'),
    import('@mao/cms/database'),
  ])
  return resolveTarget(chooseDatabase(process.env.DATABASE_URL), await config)
}
