import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const cmsRoot = path.resolve(import.meta.dirname, '../..')

export type Worker = { child: ChildProcess; exited: Promise<number | null>; output: () => string }

/** Start `sendWorker.ts` as its own Node process (a "server" that can be killed). */
export function startWorker(args: string[], env: NodeJS.ProcessEnv = process.env): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(cmsRoot, 'test/newsletter/sendWorker.ts'), ...args],
    {
      cwd: cmsRoot,
      env: { ...env, NEWSLETTER_AUTORUN: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}
