import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { groupEnded, signalGroup } from './processGroup'
import type { Child, ChildExit } from './supervise'

const children = new Set<ChildProcess>()

/** The pnpm that runs us (so children use the same version), else npx pnpm@10. */
export function pnpmCommand(): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath
  if (execPath && /pnpm/.test(execPath)) return { command: process.execPath, prefix: [execPath] }
  return { command: 'npx', prefix: ['-y', 'pnpm@10'] }
}

/**
 * Each child runs in its own process group, so stopping it also stops what it started
 * (pnpm → next start → next-server), even when our own process is not killed as a group.
 */
export function runPnpm(args: string[], options: SpawnOptions = {}): ChildProcess {
  const { command, prefix } = pnpmCommand()
  const child = spawn(command, [...prefix, ...args], { stdio: 'inherit', detached: true, ...options })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

export function runPnpmToEnd(args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = runPnpm(args, options)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} exited with ${code}`)),
    )
  })
}

export function stopChildren(): void {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      child.kill('SIGTERM')
    }
  }
}

/**
 * Starts a service in its own process group, so stopping it stops what it started too
 * (pnpm → sh → the CMS server). Stopping sends SIGTERM to the group and SIGKILL to whatever is
 * left after `graceMs`. When the first process ends by itself, the rest of its group is stopped
 * the same way before `exited` settles, so a restart never meets a leftover holding the port.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}, graceMs = 10_000): Child {
  const child = spawn(command, args, { stdio: 'inherit', ...options, detached: true })
  const pid = child.pid
  let terminating = false
  let killTimer: NodeJS.Timeout | undefined
  const terminate = () => {
    if (terminating) return
    terminating = true
    if (!signalGroup(pid, 'SIGTERM')) child.kill('SIGTERM')
    killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs)
  }
  const leaderExit = new Promise<ChildExit>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  const exited = leaderExit.then(async (exit) => {
    terminate()
    if (!(await groupEnded(pid, graceMs))) signalGroup(pid, 'SIGKILL')
    clearTimeout(killTimer)
    return exit
  })
  return { pid, exited, stop: terminate, kill: () => void signalGroup(pid, 'SIGKILL') }
}

/** Polls `url` until it answers 2xx (true) or `timeoutMs` passed (false). */
export async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      await response.body?.cancel()
      if (response.ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
