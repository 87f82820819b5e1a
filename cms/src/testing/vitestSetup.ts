/**
 * Runs before each test file: a fresh temporary SQLite database and media folder, so test
 * files never share state. Must run before the Payload config is imported.
 *
 * The cms and scripts packages run their files without isolation (`isolate: false`): a worker
 * keeps the modules of node_modules (Payload, Drizzle, Next, React Email) loaded from one file to
 * the next, which spares 3.5 s of module loading per file that starts Payload. So this file also
 * undoes what a previous file in the same worker left behind: its environment variables, spies
 * and fake timers, our own modules (evaluated anew, so the Payload config reads the new
 * DATABASE_URL), and its Payload instance.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, vi } from 'vitest'

type Worker = typeof globalThis & {
  maoWorkerEnv?: NodeJS.ProcessEnv
  /** getPayload's cache of initialised instances, by key (payload/dist/index.js). */
  _payload?: Map<string, { payload: { destroy(): Promise<void> } | null }>
}
const worker = globalThis as Worker
worker.maoWorkerEnv ??= { ...process.env }
for (const key of Object.keys(process.env)) if (!(key in worker.maoWorkerEnv)) delete process.env[key]
Object.assign(process.env, worker.maoWorkerEnv)
vi.restoreAllMocks()
vi.useRealTimers()
vi.resetModules()

const dir = mkdtempSync(path.join(tmpdir(), 'mao-test-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret-for-vitest-only'
process.env.SITE_URL ??= 'http://localhost:4321'
// Payload pushes the schema only when it differs from the last push in this process; each file's
// database is new and empty.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

afterAll(async () => {
  for (const cached of worker._payload?.values() ?? []) await cached.payload?.destroy().catch(() => undefined)
  worker._payload?.clear()
  rmSync(dir, { recursive: true, force: true })
})
