/**
 * `pnpm start`: from a fresh clone to a running CMS and site. Creates `.env` when missing,
 * builds the CMS admin when needed, migrates and seeds the database, then supervises two
 * services, each in its own process group and restarted when it crashes: the static site server
 * on SITE_PORT, which keeps serving the last good release whatever the CMS does, and the CMS on
 * CMS_PORT, which runs and records the site builds itself.
 */
import { repoRoot } from '@mao/cms/repo-root'
import { cmsPort, defaultCmsUrl, defaultSiteUrl, sitePort } from '@mao/shared/defaultUrls'
import { cmsEnv, siteServerEnv } from './childEnv'
import { cmsBuildIsStale } from './cmsBuild'
import { ensureEnvFile, loadEnvFile } from './env'
import { previewBuildIsStale } from './previewBuild'
import { runPnpmToEnd, stopChildren, waitForHttp } from './processes'
import { spawnCms, spawnSiteServer } from './services'
import { stopOnSignals } from './stopOnSignals'
import { supervise, type Supervisor } from './supervise'

const log = (message: string) => console.log(`[start] ${message}`)
const startedAt = Date.now()
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`

const newEnvFile = ensureEnvFile()
loadEnvFile()
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  REBUILD_ENABLED: process.env.REBUILD_ENABLED ?? 'true',
}
env.CMS_PORT = String(cmsPort(env))
env.SITE_PORT = String(sitePort(env))
/** The CMS and site this command starts, on this machine (the public URLs may name a proxy). */
const localCms = defaultCmsUrl(env)
const localSite = defaultSiteUrl(env)
env.CMS_URL ||= localCms
env.CMS_PUBLIC_URL ||= env.CMS_URL
env.SITE_URL ||= localSite

const services: Supervisor[] = []
const shutdown = stopOnSignals({ supervisors: () => services, stopOthers: stopChildren, log })

/** Runs until the services are up, or returns early when a signal arrived (its handler exits). */
async function main(): Promise<void> {
  // The site first: it serves the last good release while the CMS is built, migrated and started.
  services.push(supervise({ name: 'site server', log, start: () => spawnSiteServer(env) }))
  if (cmsBuildIsStale()) {
    log('building the CMS admin (about a minute on 2 cores)…')
    await runPnpmToEnd(['--filter', '@mao/cms', 'run', 'build'], { cwd: repoRoot, env: cmsEnv(env) })
  }
  if (previewBuildIsStale()) {
    log('building the draft preview server (/voorbeeld)…')
    await runPnpmToEnd(['--filter', '@mao/site', 'run', 'build:preview'], { cwd: repoRoot, env: siteServerEnv(env) })
  }
  log('migrating and seeding the database…')
  await runPnpmToEnd(['--filter', '@mao/scripts', 'run', 'seed'], { cwd: repoRoot, env })
  if (shutdown.stopping()) return

  services.push(supervise({ name: 'CMS', log, start: () => spawnCms(env) }))
  while (!(await waitForHttp(`${localCms}/readyz`, 120_000))) {
    if (shutdown.stopping()) return
    log(`the CMS is not ready after ${seconds()}; still waiting (a crashed CMS is restarted)…`)
  }
  log(`CMS ready at ${localCms}/admin after ${seconds()}`)

  const siteStatus = await fetch(`${localSite}/readyz`).then(
    async (response) => (await response.body?.cancel(), response.status),
    () => 0,
  )
  log(
    siteStatus === 503
      ? `site at ${localSite}: no release yet, the CMS is building the first one (see Sitebuilds in the admin)`
      : `site at ${localSite}`,
  )
  if (newEnvFile)
    log(`wrote ${newEnvFile.file}: first admin ${newEnvFile.adminEmail}, its password is ADMIN_PASSWORD there`)
}

await main().catch((error: unknown) => {
  // A step stopped by a signal fails too; the signal handler finishes then.
  if (shutdown.stopping()) return
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
