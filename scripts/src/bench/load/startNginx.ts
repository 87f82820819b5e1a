import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { nginxConfig } from './nginxConfig'
import { waitUntilServing } from './waitUntilServing'

export type Nginx = { url: string; close: () => Promise<void> }

/** nginx's path, or undefined when it is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate
  }
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : undefined
}

/** Starts nginx in the foreground with a generated config in `workDir`, serving `root` on `port`. */
export async function startNginx(binary: string, root: string, port: number, workDir: string): Promise<Nginx> {
  const prefix = path.join(workDir, 'nginx')
  mkdirSync(prefix, { recursive: true })
  const conf = path.join(prefix, 'nginx.conf')
  const asRoot = process.getuid?.() === 0
  writeFileSync(conf, nginxConfig({ root: path.resolve(root), port, prefix, user: asRoot ? 'root' : undefined }))
  const child = spawn(binary, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode !== null) return
    // SIGQUIT: nginx's graceful stop.
    child.kill('SIGQUIT')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
  }
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilServing('nginx', `${url}/`, 10_000, exited, () => output)
  } catch (error) {
    await close()
    throw error
  }
  return { url, close }
}
