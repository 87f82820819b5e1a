/**
 * Runs before each test file: a fresh temporary SQLite database and media folder, so test
 * files never share state. Must run before the Payload config is imported.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-test-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret-for-vitest-only'
process.env.SITE_URL ??= 'http://localhost:4321'

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})
