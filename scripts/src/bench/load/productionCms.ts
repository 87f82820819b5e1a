import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '@mao/cms/repo-root'
import { cmsBuildIsStale } from '../../start/cmsBuild'
import { runPnpm, runPnpmToEnd } from '../../start/processes'
import { freePort } from '../site/freePort'
import { waitUntilServing } from './waitUntilServing'

export type ProductionCms = { url: string; pid: number; close: () => Promise<void> }

export type ProductionCmsOptions = {
  resendBaseUrl: string
  siteUrl: string
  scale: number
  /** Build the CMS first when its build is older than its sources (else use the build as it is). */
  build: boolean
  log: (text: string) => void
}

/**
 * The CMS as production runs it (`pnpm --filter @mao/cms start`: the Next build, NODE_ENV
 * production, migrations) on a throwaway SQLite database seeded by `pnpm seed`, on a free
 * loopback port. Mail goes to the Resend stub; loopback is the trusted proxy, so the bench can
 * name fake clients in X-Forwarded-For. Builds the CMS first when its build is stale, like
 * `pnpm start`, unless told not to.
 */
export async function startProductionCms({
  resendBaseUrl,
  siteUrl,
  scale,
  build,
  log,
}: ProductionCmsOptions): Promise<ProductionCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mao-bench-load-cms-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    ADMIN_EMAIL: 'bench@bench.example',
    ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    CMS_PORT: String(port),
    CMS_URL: url,
    CMS_PUBLIC_URL: url,
    SITE_URL: siteUrl,
    RESEND_BASE_URL: resendBaseUrl,
    RESEND_API_KEY: 're_bench_only',
    TRUSTED_PROXIES: '127.0.0.1,::1',
    REBUILD_ENABLED: 'false',
    SITE_BUILD_HOOK_URL: '',
    NEWSLETTER_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const quiet = { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] as const }
  if (build && cmsBuildIsStale()) {
    log('building the CMS (next build, about a minute on 2 cores)…')
    await runPnpmToEnd(['--filter', '@mao/cms', 'run', 'build'], { cwd: repoRoot, env, stdio: 'inherit' })
  }
  log(`migrating and seeding a throwaway database${scale ? ` with ${scale} generated documents` : ''}…`)
  await runPnpmToEnd(['--filter', '@mao/scripts', 'run', 'seed', ...(scale ? ['--scale', String(scale)] : [])], {
    ...quiet,
    stdio: 'inherit',
  })
  const child = runPnpm(['--filter', '@mao/cms', 'run', 'start'], { ...quiet, stdio: [...quiet.stdio] })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.pid) {
      // Its own process group: pnpm, the shell and the server all stop.
      process.kill(-child.pid, 'SIGTERM')
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilServing('The CMS', `${url}/api/regions?limit=1`, 120_000, exited, () => output)
  } catch (error) {
    await close()
    throw error
  }
  return { url, pid: child.pid ?? -1, close }
}
