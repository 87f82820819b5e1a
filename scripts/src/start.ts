/**
 * `pnpm start`: from a fresh clone to a running CMS and site. Creates `.env` when missing,
 * builds the CMS admin when needed, migrates and seeds the database, starts the CMS on
 * CMS_PORT and the site on SITE_PORT.
 */
import { ensureInitialBuild, getRebuildScheduler } from '@mao/cms/src/rebuild/index'
import { startSiteServer } from './site-server'
import { cmsBuildIsStale } from './start/cmsBuild'
import { ensureEnvFile, loadEnvFile, repoRoot } from './start/env'
import { runPnpm, runPnpmToEnd, stopChildren, waitForHttp } from './start/processes'

const log = (message: string) => console.log(`[start] ${message}`)
const startedAt = Date.now()

const newPassword = ensureEnvFile()
loadEnvFile()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  REBUILD_ENABLED: process.env.REBUILD_ENABLED ?? 'true',
}
const cmsPort = (env.CMS_PORT ||= '3000')
const sitePort = (env.SITE_PORT ||= '4321')
env.CMS_URL ||= `http://localhost:${cmsPort}`
env.CMS_PUBLIC_URL ||= env.CMS_URL
env.SITE_URL ||= `http://localhost:${sitePort}`
Object.assign(process.env, env)

process.on('exit', stopChildren)
process.on('SIGINT', () => {
  stopChildren()
  process.exit(130)
})
process.on('SIGTERM', () => {
  stopChildren()
  process.exit(143)
})

try {
  if (cmsBuildIsStale()) {
    log('building the CMS admin (about a minute on 2 cores)…')
    await runPnpmToEnd(['--filter', '@mao/cms', 'run', 'build'], { cwd: repoRoot, env })
  }
  log('migrating and seeding the database…')
  await runPnpmToEnd(['--filter', '@mao/scripts', 'run', 'seed'], { cwd: repoRoot, env })

  const cms = runPnpm(['--filter', '@mao/cms', 'run', 'start'], { cwd: repoRoot, env })
  cms.on('exit', (code) => {
    log(`the CMS stopped (exit code ${code})`)
    stopChildren()
    process.exit(code ?? 1)
  })
  await waitForHttp(`http://localhost:${cmsPort}/api/regions?limit=1`, 120_000)
  log(`CMS ready at http://localhost:${cmsPort}/admin after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)

  const site = await startSiteServer({ port: Number(sitePort) })
  const initial = await ensureInitialBuild()
  if (initial === 'present') getRebuildScheduler().request('Start: site opnieuw gebouwd met de actuele inhoud')
  if (initial === 'failed') log('the first site build failed: see the output above; the CMS keeps running')
  log(`site ${initial === 'hook' ? 'is built by the host (SITE_BUILD_HOOK_URL)' : `served at ${site.url}`}`)
  if (newPassword) log(`first admin: ${env.ADMIN_EMAIL ?? 'admin@example.org'} / ${newPassword} (saved in .env)`)
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`)
  stopChildren()
  process.exit(1)
}
