/**
 * Direct SQLite access for backup and restore, through libsql, the SQLite build Payload's adapter
 * uses (one SQLite library per process, so the locks of both see each other). A prepared
 * statement keeps its connection open after `close()` until garbage collection, so connections
 * that must let go of a file when closed (the live database, the restore lock) only use `exec`.
 */
import Database from 'libsql'

export type SqliteConnection = Database.Database

export const openSqlite = (file: string): SqliteConnection => new Database(file)

/** A SQL string literal, for statements run through `exec` (which binds no parameters). */
export const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`

/**
 * Payload's table of a collection: the slug in snake case (none of ours sets `dbName`). A slug
 * this does not cover fails loudly instead of being counted wrong.
 */
export function collectionTable(slug: string): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) throw new Error(`Cannot name the table of collection "${slug}"`)
  return slug.replaceAll('-', '_')
}

/**
 * Documents per collection. With `onlyExisting`, collections without a table are left out: a
 * database not yet migrated to the code's schema must still be backed up (before an upgrade,
 * above all).
 */
export function countDocuments(
  db: SqliteConnection,
  collections: readonly string[],
  { onlyExisting = false } = {},
): Record<string, number> {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (row) => row.name,
    ),
  )
  const counts: Record<string, number> = {}
  for (const slug of collections) {
    if (onlyExisting && !tables.has(collectionTable(slug))) continue
    const row = db.prepare(`SELECT count(*) AS n FROM "${collectionTable(slug)}"`).get() as { n: number }
    counts[slug] = Number(row.n)
  }
  return counts
}

/** The last migration Payload recorded (highest batch, then newest row), or null. */
export function latestMigration(db: SqliteConnection): string | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'").get()
  if (!table) return null
  const row = db.prepare('SELECT name FROM payload_migrations ORDER BY batch DESC, id DESC LIMIT 1').get() as
    { name?: unknown } | undefined
  return typeof row?.name === 'string' ? row.name : null
}

export function integrityCheck(db: SqliteConnection): boolean {
  const row = db.prepare('PRAGMA integrity_check').get() as { integrity_check?: unknown } | undefined
  return row?.integrity_check === 'ok'
}
