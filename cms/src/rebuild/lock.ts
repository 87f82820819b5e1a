import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'

/** `build` names the build the holder runs (its Sitebuilds record), for whoever takes over a stale lock. */
export type LockOwner = { pid: number; host: string; since: number; build?: string }

export class BuildLockTimeoutError extends Error {
  override name = 'BuildLockTimeoutError'
}

export type BuildLock = { release: () => void }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The locks this process holds, by file and `since`. A lock naming our own pid that is not in
 * here was left by an earlier process that had the same pid (a restarted container numbers its
 * processes the same way), so it is stale. On `globalThis`: Next may load this module twice.
 */
const HELD = Symbol.for('mao.rebuild.heldLocks')
const held = (): Set<string> => {
  const store = globalThis as typeof globalThis & { [HELD]?: Set<string> }
  store[HELD] ??= new Set()
  return store[HELD]
}
const heldKey = (file: string, owner: LockOwner) => `${path.resolve(file)}\n${owner.since}`

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>
    if (typeof owner.pid === 'number' && typeof owner.since === 'number' && typeof owner.host === 'string') {
      return owner as LockOwner
    }
  } catch {
    // unreadable: half-written by a process that died, or removed meanwhile
  }
  return undefined
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs
  } catch {
    return 0
  }
}

/** A lock left by a process that died, or held for longer than any build may take. */
function isStale(file: string, owner: LockOwner | undefined, staleMs: number): boolean {
  // Unreadable for more than a moment: its writer died between creating and writing it.
  if (!owner) return ageMs(file) > 5000
  if (Date.now() - owner.since > staleMs) return true
  if (owner.host !== hostname()) return false
  if (owner.pid === process.pid) return !held().has(heldKey(file, owner))
  return !isAlive(owner.pid)
}

function removeIfUnchanged(file: string, owner: LockOwner | undefined): void {
  // Only remove the lock judged stale; a fresh owner may have replaced it meanwhile.
  if (readOwner(file)?.since !== owner?.since) return
  try {
    unlinkSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number
  try {
    fd = openSync(file, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(owner))
  } finally {
    closeSync(fd)
  }
  return true
}

/**
 * A lock file so two processes (two CMS instances) never build at once. Waits while another
 * live process holds it; takes over a stale one and tells `onTakeOver` whose it was, so the
 * build that died with its process can be recorded as failed.
 */
export async function acquireBuildLock(
  file: string,
  {
    waitMs,
    staleMs,
    pollMs = 500,
    build,
    onWait,
    onTakeOver,
  }: {
    waitMs: number
    staleMs: number
    pollMs?: number
    build?: string
    onWait?: () => void
    onTakeOver?: (previous: LockOwner | undefined) => void
  },
): Promise<BuildLock> {
  mkdirSync(path.dirname(file), { recursive: true })
  const deadline = Date.now() + waitMs
  let waiting = false
  let mine: LockOwner
  for (;;) {
    const candidate: LockOwner = { pid: process.pid, host: hostname(), since: Date.now(), ...(build ? { build } : {}) }
    if (tryCreate(file, candidate)) {
      mine = candidate
      held().add(heldKey(file, mine))
      break
    }
    const owner = readOwner(file)
    if (isStale(file, owner, staleMs)) {
      removeIfUnchanged(file, owner)
      onTakeOver?.(owner)
      continue
    }
    if (Date.now() >= deadline) {
      throw new BuildLockTimeoutError(
        `Een andere sitebuild (proces ${owner?.pid ?? '?'}) is nog bezig; gewacht tot ${new Date(deadline).toISOString()}`,
      )
    }
    if (!waiting) onWait?.()
    waiting = true
    await sleep(pollMs)
  }
  let released = false
  return {
    release: () => {
      if (released) return
      released = true
      held().delete(heldKey(file, mine))
      const owner = readOwner(file)
      if (owner?.pid === mine.pid && owner.since === mine.since) removeIfUnchanged(file, owner)
    },
  }
}
