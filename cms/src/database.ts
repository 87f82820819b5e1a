import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations'
import { defaultDevSqliteFile, defaultSqliteFile } from './paths'

export type DatabaseChoice =
  { kind: 'sqlite'; file: string; description: string } | { kind: 'mongodb'; url: string; description: string }

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError'
}

/** Hide credentials in a connection string before it is logged. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+)(:[^@/]*)?@/, (_match, user: string) => `//${user}:***@`)
}

/**
 * DATABASE_URL picks the adapter: `mongodb://` or `mongodb+srv://` → MongoDB, `file:<path>` →
 * SQLite at that path, unset → SQLite under cms/data/ (mao.db, or mao-dev.db under `next dev`).
 * Anything else is a configuration error.
 */
export function chooseDatabase(databaseUrl: string | undefined, nodeEnv = process.env.NODE_ENV): DatabaseChoice {
  const url = databaseUrl?.trim()
  if (!url) {
    // `next dev` pushes schema changes; keep its database apart from the migrated one.
    const file = nodeEnv === 'development' ? defaultDevSqliteFile : defaultSqliteFile
    return { kind: 'sqlite', file, description: `SQLite (${file})` }
  }
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return { kind: 'mongodb', url, description: `MongoDB (${redactUrl(url)})` }
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    if (file.endsWith(path.sep) || url === 'file:')
      throw new DatabaseUrlError('DATABASE_URL "file:" needs a file path, for example file:./data/mao.db')
    return { kind: 'sqlite', file, description: `SQLite (${file})` }
  }
  const scheme = url.split(':')[0]
  throw new DatabaseUrlError(
    `DATABASE_URL has an unsupported scheme "${scheme}:". Use mongodb://…, mongodb+srv://… or file:<path> (SQLite), or leave it empty for the default SQLite file.`,
  )
}

export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: `file:${choice.file}` },
    migrationDir: path.resolve(path.dirname(new URL(import.meta.url).pathname), 'migrations'),
    prodMigrations: migrations,
    // Schema push only ever runs outside production; DATABASE_PUSH=false turns it off there too.
    push: process.env.DATABASE_PUSH !== 'false',
    // WAL lets `pnpm backup` snapshot (VACUUM INTO) while the CMS reads and writes, and makes every
    // open connection hold a shared lock on the file, which is how `pnpm restore` tells the
    // database is in use. The busy timeout covers a writer waiting on a backup or a second process.
    wal: true,
    busyTimeout: 5000,
  })
}
