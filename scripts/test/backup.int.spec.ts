import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicCollections } from '@mao/shared/collections'
import { createBackup } from '../src/backup/createBackup'
import type { BackupManifest } from '../src/backup/manifest'
import { sha256File } from '../src/backup/sha256'
import { loadTarget } from '../src/backup/target'
import { restoreBackup, type RestoreOptions } from '../src/restore/restoreBackup'
import { verifyRestored } from '../src/restore/verifyRestored'
import type { SourceMessage } from './backupSourceCms'

const subscriberEmail = 'lezer-backup@example.org'
const mediaName = 'backup-check'
const work = mkdtempSync(path.join(tmpdir(), 'mao-backup-test-'))
const source = { dbFile: path.join(work, 'source/mao.db'), mediaDir: path.join(work, 'source/media') }
const clone = { dbFile: path.join(work, 'clone/mao.db'), mediaDir: path.join(work, 'clone/media') }
const archive = path.join(work, 'backups/mao-test.tar.gz')

// This process's Payload opens the fresh clone; the running CMS is a child process on `source`.
process.env.DATABASE_URL = `file:${clone.dbFile}`
process.env.MEDIA_DIR = clone.mediaDir

let cms: ChildProcess
let manifest: BackupManifest
let written = 0

function nextMessage(type: SourceMessage['type']): Promise<SourceMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: SourceMessage) => {
      if (message.type === 'failed') reject(new Error(message.error))
      else if (message.type === type) {
        cms.off('message', onMessage)
        resolve(message)
      }
    }
    cms.on('message', onMessage)
  })
}

/** Every file under `dir` with its checksum (SQLite's shared-memory index left out: it holds no data). */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: Record<string, string> = {}
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name)
    if (entry.isFile() && !file.endsWith('-shm')) files[path.relative(dir, file)] = await sha256File(file)
    else if (!entry.isFile() && !entry.isDirectory()) files[path.relative(dir, file)] = 'other'
  }
  return files
}

async function expectRefused(options: RestoreOptions, reason: string, message?: RegExp): Promise<void> {
  const failure = await restoreBackup(options).then(
    () => undefined,
    (error: unknown) => error as { reason?: string; message: string },
  )
  expect(failure?.reason, failure?.message).toBe(reason)
  if (message) expect(failure?.message).toMatch(message)
}

beforeAll(async () => {
  cms = fork(
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'backupSourceCms.ts'),
    [subscriberEmail, mediaName],
    {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, DATABASE_URL: `file:${source.dbFile}`, MEDIA_DIR: source.mediaDir },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  )
  await nextMessage('ready')
})

afterAll(() => {
  cms?.disconnect()
  rmSync(work, { recursive: true, force: true })
})

describe('pnpm backup', () => {
  it('names the database and media folder of DATABASE_URL and MEDIA_DIR', async () => {
    const target = await loadTarget()
    expect(target).toMatchObject(clone)
    expect(target.collections).toEqual(expect.arrayContaining(['news', 'media', 'subscribers', 'users']))
    expect(target.collections.some((slug) => slug.startsWith('payload-'))).toBe(false)
  })

  it('snapshots the running CMS while it writes, with counts and checksums in the manifest', async () => {
    // The CMS opened its database in WAL mode (header bytes 18-19 are 2), which the backup relies on.
    expect([...readFileSync(source.dbFile).subarray(18, 20)]).toEqual([2, 2])
    const { collections } = await loadTarget()
    cms.send({ type: 'write' })
    const result = await createBackup({ dbFile: source.dbFile, mediaDir: source.mediaDir, collections, out: archive })
    cms.send({ type: 'stop' })
    written = ((await nextMessage('stopped')) as { written: number }).written
    manifest = result.manifest

    expect(result.file).toBe(archive)
    expect(readFileSync(archive).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    expect(await readdir(path.dirname(archive))).toEqual([path.basename(archive)])
    expect(manifest.database).toMatchObject({ kind: 'sqlite', file: 'database.sqlite', migration: 'dev' })
    expect(manifest.counts).toMatchObject({ subscribers: 1, regions: 11, users: 1 })
    expect(written).toBeGreaterThan(0)
    const check = manifest.media.find((entry) => entry.path === `${mediaName}.webp`)
    expect(check?.sha256).toBe(await sha256File(path.join(source.mediaDir, `${mediaName}.webp`)))
    expect(manifest.media.length).toBe((await readdir(source.mediaDir)).length)
    expect(manifest.counts.media).toBeGreaterThan(1)
  })
})

describe('pnpm restore', () => {
  it('refuses to overwrite the database the running CMS has open, and changes nothing', async () => {
    const before = await fingerprint(path.dirname(source.dbFile))
    await expectRefused({ archive, ...source }, 'in-use', /Stop the CMS/)
    expect(await fingerprint(path.dirname(source.dbFile))).toEqual(before)
  })

  it('restores into a fresh clone: the same documents, subscribers and media', async () => {
    const result = await restoreBackup({ archive, ...clone })
    expect(result).toMatchObject({ previousDatabase: undefined, previousMedia: undefined })
    expect(await readdir(path.dirname(clone.dbFile))).toEqual(['mao.db', 'media'])

    const { getTestPayload } = await import('@mao/cms/testing')
    const payload: Payload = await getTestPayload()
    await verifyRestored(payload, result.manifest)
    // The snapshot is one point in time: the drafts written during the backup are there or not, whole.
    const news = await payload.count({ collection: 'news', where: { title: { like: 'Schrijven tijdens' } } })
    expect(news.totalDocs).toBeLessThanOrEqual(written)

    const { docs: subscribers } = await payload.find({ collection: 'subscribers', overrideAccess: true })
    expect(subscribers.map((doc) => [doc.email, doc.status])).toEqual([[subscriberEmail, 'confirmed']])
    const { docs: pages } = await payload.find({ collection: 'pages', where: { slug: { equals: 'over-ons' } } })
    expect(pages).toHaveLength(1)
    const { docs: media } = await payload.find({
      collection: 'media',
      where: { filename: { equals: `${mediaName}.webp` } },
    })
    expect(media).toHaveLength(1)
    for (const entry of manifest.media) {
      expect(await sha256File(path.join(clone.mediaDir, entry.path))).toBe(
        await sha256File(path.join(source.mediaDir, entry.path)),
      )
    }
  })

  it('serves the restored content over the REST API the site builds from', async () => {
    const { getTestPayload, startRestServer } = await import('@mao/cms/testing')
    const payload = await getTestPayload()
    const server = await startRestServer()
    try {
      let total = 0
      for (const collection of publicCollections) {
        const response = await fetch(`${server.url}/api/${collection}?limit=1&depth=0`)
        expect(response.status, collection).toBe(200)
        const { totalDocs } = (await response.json()) as { totalDocs: number }
        const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
        expect(totalDocs, collection).toBe(published.totalDocs)
        total += totalDocs
      }
      expect(total).toBeGreaterThan(30)
      const check = await fetch(`${server.url}/api/media/file/${mediaName}.webp`)
      expect(check.status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('refuses the clone while this process has it open', async () => {
    await expectRefused({ archive, ...clone }, 'in-use')
  })

  it('refuses damaged or tampered archives before changing anything', async () => {
    const target = { dbFile: path.join(work, 'other/mao.db'), mediaDir: path.join(work, 'other/media') }
    await restoreBackup({ archive, ...target })
    const before = await fingerprint(path.join(work, 'other'))
    const bytes = readFileSync(archive)

    const flipped = Buffer.from(bytes)
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff
    writeFileSync(path.join(work, 'flipped.tar.gz'), flipped)
    writeFileSync(path.join(work, 'truncated.tar.gz'), bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    writeFileSync(path.join(work, 'not-an-archive.tar.gz'), 'hello')

    const repack = async (name: string, change: (dir: string) => void) => {
      const dir = mkdtempSync(path.join(work, 'repack-'))
      await extract({ file: archive, cwd: dir })
      change(dir)
      await createTar({ gzip: true, file: path.join(work, name), cwd: dir }, await readdir(dir))
    }
    await repack('tampered.tar.gz', (dir) =>
      writeFileSync(path.join(dir, 'media', `${mediaName}.webp`), 'not the image'),
    )
    await repack('symlink.tar.gz', (dir) => symlinkSync('/etc/passwd', path.join(dir, 'media', 'link.png')))
    await repack('no-manifest.tar.gz', (dir) => rmSync(path.join(dir, 'manifest.json')))

    for (const [name, message] of [
      ['flipped.tar.gz', /cannot be read/],
      ['truncated.tar.gz', /cannot be read/],
      ['not-an-archive.tar.gz', /cannot be read/],
      ['tampered.tar.gz', /media\/backup-check\.webp does not match its checksum/],
      ['symlink.tar.gz', /entries a backup never has: media\/link\.png/],
      ['no-manifest.tar.gz', /no manifest\.json/],
      ['missing.tar.gz', /no archive/],
    ] as const) {
      await expectRefused({ archive: path.join(work, name), ...target }, 'invalid-archive', message)
      expect(await fingerprint(path.join(work, 'other')), name).toEqual(before)
    }
  })

  it('replaces an existing installation and keeps the previous files beside it', async () => {
    const target = { dbFile: path.join(work, 'other/mao.db'), mediaDir: path.join(work, 'other/media') }
    writeFileSync(path.join(target.mediaDir, 'only-in-old.txt'), 'old')
    const result = await restoreBackup({ archive, ...target, now: new Date('2026-01-02T03:04:05.678Z') })
    expect(result.previousDatabase).toBe(`${target.dbFile}.pre-restore-2026-01-02T03-04-05-678Z`)
    expect(result.previousMedia).toBe(`${target.mediaDir}.pre-restore-2026-01-02T03-04-05-678Z`)
    expect(existsSync(path.join(target.mediaDir, 'only-in-old.txt'))).toBe(false)
    expect(existsSync(path.join(result.previousMedia!, 'only-in-old.txt'))).toBe(true)
    expect(await sha256File(target.dbFile)).toBe(manifest.database.sha256)
    expect((await readdir(path.join(work, 'other'))).sort()).toEqual(
      [
        'media',
        'media.pre-restore-2026-01-02T03-04-05-678Z',
        'mao.db',
        'mao.db.pre-restore-2026-01-02T03-04-05-678Z',
      ].sort(),
    )
  })
})
