import { fork } from 'node:child_process'
import path from 'node:path'
import type { ChildMessage } from './cmsMessages'
import { scriptsDir } from './paths'
import { rebuildEnv, type RebuildTarget } from './rebuildEnv'

export interface BenchCms {
  url: string
  publishedDocuments: number
  seedSeconds: number
  scaleSeconds: number
  editor: { email: string; password: string }
  pid: number
  close: () => Promise<void>
}

/**
 * Starts the seeded CMS REST API in a child process (so its memory and CPU stay out of the
 * build's process tree) and resolves once it serves. Progress lines go to `log`. With `rebuild`,
 * publishing in it builds the site into that releases folder, as the production CMS does.
 */
export function startBenchCms(scale: number, log: (text: string) => void, rebuild?: RebuildTarget): Promise<BenchCms> {
  const args = [String(scale), ...(rebuild ? ['rebuild'] : [])]
  const child = fork(path.join(scriptsDir, 'src/bench/site/cmsChild.ts'), args, {
    cwd: scriptsDir,
    env: { ...process.env, ...(rebuild ? rebuildEnv(rebuild) : { REBUILD_ENABLED: 'false' }) },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.connected) child.send({ type: 'close' })
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    child.on('message', (raw) => {
      const message = raw as ChildMessage
      if (message.type === 'log') log(message.text)
      else if (message.type === 'failed') reject(new Error(`The benchmark CMS failed to start:\n${message.error}`))
      else if (message.type === 'ready') {
        const { url, publishedDocuments, seedSeconds, scaleSeconds, editor } = message
        resolve({ url, publishedDocuments, seedSeconds, scaleSeconds, editor, pid: child.pid ?? -1, close })
      }
    })
    child.once('exit', (code) =>
      reject(new Error(`The benchmark CMS exited (code ${code}) before it was ready:\n${output.slice(-4000)}`)),
    )
  })
}
