import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, DatabaseUrlError, redactUrl } from './database'
import { defaultDevSqliteFile, defaultSqliteFile } from './paths'

describe('chooseDatabase', () => {
  it('defaults to SQLite under cms/data, with a separate file for next dev', () => {
    expect(chooseDatabase(undefined, 'production')).toMatchObject({ kind: 'sqlite', file: defaultSqliteFile })
    expect(chooseDatabase('  ', 'production')).toMatchObject({ kind: 'sqlite', file: defaultSqliteFile })
    expect(chooseDatabase(undefined, 'development')).toMatchObject({ kind: 'sqlite', file: defaultDevSqliteFile })
    expect(defaultSqliteFile.endsWith(path.join('cms', 'data', 'mao.db'))).toBe(true)
  })

  it('uses SQLite at a file: path', () => {
    expect(chooseDatabase('file:/tmp/x/site.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/x/site.db' })
    expect(chooseDatabase('file:./rel.db')).toMatchObject({ kind: 'sqlite', file: path.resolve('rel.db') })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// without logging the password', () => {
    const choice = chooseDatabase('mongodb+srv://mao:geheim@cluster.example.org/mao')
    expect(choice.kind).toBe('mongodb')
    expect(choice.description).toContain('mao:***@cluster.example.org')
    expect(choice.description).not.toContain('geheim')
    expect(chooseDatabase('mongodb://localhost:27017/mao').kind).toBe('mongodb')
  })

  it.each(['postgres://u:p@localhost/db', 'mysql://x', 'sqlite.db', 'file:'])(
    'refuses %s with a clear message',
    (url) => {
      expect(() => chooseDatabase(url)).toThrow(DatabaseUrlError)
    },
  )

  it('names the supported schemes in the error', () => {
    expect(() => chooseDatabase('postgres://u:p@h/db')).toThrow(/unsupported scheme "postgres:".*mongodb:\/\/.*file:/)
  })
})

describe('redactUrl', () => {
  it('hides the password only', () => {
    expect(redactUrl('mongodb://user:pw@host:27017/db')).toBe('mongodb://user:***@host:27017/db')
    expect(redactUrl('mongodb://host/db')).toBe('mongodb://host/db')
  })
})
