import { existsSync } from 'node:fs'
import { openSqlite, type SqliteConnection } from '../backup/sqliteFile'
import { RestoreError } from './restoreError'

export interface DatabaseLock {
  /** Merges the WAL into the file and leaves rollback-journal mode, so the file stands alone. */
  settle(): void
  release(): void
}

const isBusy = (error: unknown): boolean => /SQLITE_BUSY|database is locked/i.test(String(error))

/**
 * Takes an exclusive lock on the current database, held until `release`, or refuses with
 * `in-use`. The CMS keeps its SQLite connection open in WAL mode, and every such connection holds
 * a shared lock on the file for its whole life, so the exclusive lock fails exactly while any
 * process (a CMS, a `pnpm seed`, another restore) has the database open, wherever it listens.
 * (An HTTP probe of /readyz would only see a CMS at one address, and a lock file would go stale
 * after a crash.) Holding the lock also keeps a CMS that starts meanwhile from opening the file
 * before the swap. Taking it changes nothing in the file.
 */
export function lockDatabase(dbFile: string): DatabaseLock {
  if (!existsSync(dbFile)) return { settle: () => {}, release: () => {} }
  let db: SqliteConnection | undefined
  try {
    db = openSqlite(dbFile)
    db.exec('PRAGMA busy_timeout = 0')
    // In exclusive locking mode SQLite keeps every lock it took until the connection closes.
    db.exec('PRAGMA locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('COMMIT')
  } catch (error) {
    db?.close()
    if (isBusy(error))
      throw new RestoreError(
        'in-use',
        `The database ${dbFile} is in use (a running CMS or another tool has it open). Stop the CMS, then run pnpm restore again.`,
      )
    throw new RestoreError('failed', `Cannot open the current database ${dbFile}: ${String(error)}`)
  }
  const locked = db
  return {
    settle: () => {
      locked.exec('PRAGMA journal_mode = DELETE')
    },
    release: () => locked.close(),
  }
}
