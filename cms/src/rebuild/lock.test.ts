import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireBuildLock, BuildLockTimeoutError } from './lock'

const base = mkdtempSync(path.join(tmpdir(), 'mao-lock-'))
const fresh = () => path.join(mkdtempSync(path.join(base, 'case-')), 'sub', '.build.lock')
afterAll(() => rmSync(base, { recursive: true, force: true }))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('acquireBuildLock', () => {
  it('makes a second holder wait until the first releases', async () => {
    const file = fresh()
    const order: string[] = []
    const first = await acquireBuildLock(file, { waitMs: 5000, staleMs: 60_000, pollMs: 20 })
    const second = acquireBuildLock(file, {
      waitMs: 5000,
      staleMs: 60_000,
      pollMs: 20,
      onWait: () => order.push('wacht'),
    }).then((lock) => {
      order.push('tweede')
      return lock
    })
    await sleep(100)
    order.push('eerste los')
    first.release()
    ;(await second).release()
    expect(order).toEqual(['wacht', 'eerste los', 'tweede'])
  })

  it('takes over a lock left by a process that no longer runs, and says whose build it was', async () => {
    const file = fresh()
    await acquireBuildLock(file, { waitMs: 1000, staleMs: 60_000 }).then((lock) => lock.release())
    const dead = { pid: 2 ** 22 + 12345, host: hostname(), since: Date.now(), build: '17' }
    writeFileSync(file, JSON.stringify(dead))
    const previous: unknown[] = []
    const lock = await acquireBuildLock(file, {
      waitMs: 200,
      staleMs: 60_000,
      pollMs: 20,
      build: '18',
      onTakeOver: (owner) => previous.push(owner),
    })
    expect(previous).toEqual([dead])
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, build: '18' })
    lock.release()
  })

  it('takes over a lock with our own pid that this process does not hold (left before a restart)', async () => {
    const file = fresh()
    await acquireBuildLock(file, { waitMs: 1000, staleMs: 60_000 }).then((lock) => lock.release())
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now() - 1000 }))
    const taken: unknown[] = []
    const lock = await acquireBuildLock(file, {
      waitMs: 200,
      staleMs: 60_000,
      pollMs: 20,
      onTakeOver: (owner) => taken.push(owner),
    })
    expect(taken).toHaveLength(1)
    lock.release()
  })

  it('gives up with a clear error while a live process holds the lock', async () => {
    const file = fresh()
    await acquireBuildLock(file, { waitMs: 1000, staleMs: 60_000 }).then((lock) => lock.release())
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() }))
    const attempt = acquireBuildLock(file, { waitMs: 150, staleMs: 60_000, pollMs: 20 })
    await expect(attempt).rejects.toBeInstanceOf(BuildLockTimeoutError)
    await expect(attempt).rejects.toThrow(`proces ${process.ppid}`)
  })

  it('takes over a lock held longer than any build may take', async () => {
    const file = fresh()
    await acquireBuildLock(file, { waitMs: 1000, staleMs: 60_000 }).then((lock) => lock.release())
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() - 120_000 }))
    const lock = await acquireBuildLock(file, { waitMs: 200, staleMs: 60_000, pollMs: 20 })
    lock.release()
  })
})
