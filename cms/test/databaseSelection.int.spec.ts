import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'

const original = process.env.DATABASE_URL

afterEach(() => {
  process.env.DATABASE_URL = original
  vi.resetModules()
})

describe('DATABASE_URL at start', () => {
  it('opens SQLite at the file: path', async () => {
    const { getTestPayload } = await import('../src/testing')
    const payload = await getTestPayload()
    expect(payload.db.name).toBe('sqlite')
    expect(existsSync(original!.slice('file:'.length))).toBe(true)
  })

  it('refuses an unknown scheme with a clear message before anything starts', async () => {
    process.env.DATABASE_URL = 'postgres://mao:geheim@localhost/mao'
    await expect(import('../src/payload.config')).rejects.toThrow(/unsupported scheme "postgres:"/)
  })

  it('selects the MongoDB adapter for mongodb:// without connecting', async () => {
    process.env.DATABASE_URL = 'mongodb://mao:geheim@localhost:27017/mao'
    const { default: config } = await import('../src/payload.config')
    expect((await config).db.name).toBe('mongoose')
  })
})
