import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

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

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}
