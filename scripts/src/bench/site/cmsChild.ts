/**
 * Child process of `pnpm bench site`: a CMS REST API over HTTP on a throwaway SQLite database,
 * filled with the seed content and, with a scale argument, that many generated documents, with an
 * editor account. With `rebuild`, the rebuild feature is switched on once seeding is done (the
 * seed must not build): publishing then builds the site as configured by the SITE_* variables the
 * parent sets. Talks to the parent over IPC: progress lines, then `ready` with the URL; stops on
 * `close` or when the parent goes away, and deletes its database.
 * Usage: node --import tsx cmsChild.ts <scale> [rebuild]
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ChildMessage } from './cmsMessages'
import { publicCollections } from '@mao/shared/collections'

const scale = Number(process.argv[2] ?? 0)
const rebuild = process.argv[3] === 'rebuild'
const dir = mkdtempSync(path.join(tmpdir(), 'mao-bench-cms-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'bench-only-secret-for-a-throwaway-database'
Object.assign(process.env, { NODE_ENV: 'development' })

const send = (message: ChildMessage) => process.send?.(message)
const log = (text: string) => send({ type: 'log', text })
let stop: () => Promise<void> = async () => {}
const shutdown = async (code: number) => {
  await stop().catch(() => {})
  rmSync(dir, { recursive: true, force: true })
  process.exit(code)
}
process.on('message', (message) => {
  if ((message as { type?: string }).type === 'close') void shutdown(0)
})
process.on('disconnect', () => void shutdown(0))

try {
  const [{ getTestPayload, startRestServer }, { seed }, { seedScale }] = await Promise.all([
    import('@mao/cms/testing'),
    import('../../seed/seed'),
    import('../../seed/scale'),
  ])
  const payload = await getTestPayload()
  const seedStarted = Date.now()
  await seed(payload, (text) => log(`seed: ${text}`))
  const seedSeconds = (Date.now() - seedStarted) / 1000
  const scaleStarted = Date.now()
  if (scale > 0) await seedScale(payload, scale, log)
  const scaleSeconds = (Date.now() - scaleStarted) / 1000
  const counts = await Promise.all(
    publicCollections.map((collection) =>
      payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true }),
    ),
  )
  const editor = { email: 'bench-editor@example.org', password: randomBytes(18).toString('base64url') }
  await payload.create({
    collection: 'users',
    data: { ...editor, name: 'Benchmark-redacteur', role: 'editor' },
    overrideAccess: true,
  })
  const server = await startRestServer(0)
  // Read per build by the rebuild feature: the build fetches from this server.
  process.env.CMS_URL = server.url
  process.env.CMS_PUBLIC_URL = server.url
  if (rebuild) process.env.REBUILD_ENABLED = 'true'
  stop = async () => {
    await server.close()
    await payload.destroy()
  }
  send({
    type: 'ready',
    url: server.url,
    publishedDocuments: counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0),
    seedSeconds,
    scaleSeconds,
    editor,
  })
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
  await shutdown(1)
}
