/**
 * `pnpm start`: from a fresh clone to a running CMS and site. Creates `.env` when missing,
 * builds the CMS admin when needed, migrates and seeds the database, starts the CMS on
 * CMS_PORT and the site on SITE_PORT.
 */
import { ensureInitialBuild, getRebuildScheduler } from '@mao/cms/rebuild'
import { repoRoot } from '@mao/cms/repo-root'
import { cmsPort, defaultCmsUrl, defaultSiteUrl, sitePort } from '@mao/shared/defaultUrls'
import { startSiteServer } from '../site-server'
import { cmsBuildIsStale } from './cmsBuild'
import { ensureEnvFile, loadEnvFile } from './env'
import { runPnpm, runPnpmToEnd, stopChildren, waitForHttp } from './processes'

const log = (message: string) => console.log(`[start] ${message}`)
const startedAt = Date.now()

const newPassword = ensureEnvFile()
loadEnvFile()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  REBUILD_ENABLED: process.env.REBUILD_ENABLED ?? 'true',
}
env.CMS_PORT = String(cmsPort(env))
env.SITE_PORT = String(sitePort(env))
/** The CMS this command starts, on this machine (CMS_URL may name a proxy in front of it). */
const localCms = defaultCmsUrl(env)
env.CMS_URL ||= localCms
env.CMS_PUBLIC_URL ||= env.CMS_URL
env.SITE_URL ||= defaultSiteUrl(env)
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
  await waitForHttp(`${localCms}/api/regions?limit=1`, 120_000)
  log(`CMS ready at ${localCms}/admin after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)

  const site = await startSiteServer({ port: sitePort(env) })
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
