import { spawn } from 'node:child_process'
import path from 'node:path'
import { cmsRoot } from '../paths'

/** One JSON line of the sending process (see `sender.ts`). */
export type SenderLine = { event: 'started' | 'done'; ms: number; total?: number; batches?: number; maxRssMb?: number }

export type Sender = {
  kill: () => void
  exited: Promise<number | null>
  lines: () => SenderLine[]
  output: () => string
}

/**
 * Start `sender.ts` (`start <id>` or `resume`) as its own Node process, a "server" that can be
 * killed (SIGKILL). Its job runners stay off: it sends by itself, and nothing else may.
 */
export function startSender(args: string[], env: NodeJS.ProcessEnv = process.env): Sender {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(cmsRoot, 'src/testing/sender.ts'), ...args], {
    cwd: cmsRoot,
    env: { ...env, NEWSLETTER_AUTORUN: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    output += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // Parsed from the whole stdout when asked, complete lines only: a line may arrive split over chunks.
  const lines = () =>
    stdout
      .split('\n')
      .slice(0, -1)
      .filter((line) => line.startsWith('{"event"'))
      .map((line) => JSON.parse(line) as SenderLine)
  return {
    kill: () => child.kill('SIGKILL'),
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    lines,
    output: () => output,
  }
}
