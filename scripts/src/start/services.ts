import { fileURLToPath } from 'node:url'
import { repoRoot } from '@mao/cms/repo-root'
import { cmsEnv, siteServerEnv } from './childEnv'
import { pnpmCommand, spawnGroup } from './processes'
import type { Child } from './supervise'

const scriptsRoot = fileURLToPath(new URL('../..', import.meta.url))
const siteServerCli = fileURLToPath(new URL('../site-server/cli.ts', import.meta.url))

/** The static site server (SITE_PORT, SITE_CURRENT_LINK), a process of its own so the CMS cannot take it down. */
export const spawnSiteServer = (env: NodeJS.ProcessEnv): Child =>
  spawnGroup(process.execPath, ['--import', 'tsx', siteServerCli], { cwd: scriptsRoot, env: siteServerEnv(env) })

/**
 * The CMS server on CMS_PORT, through its package's start script. REBUILD_ON_START makes it build
 * the site (and record the build) once it is up; `next build` and the seed must not.
 */
export function spawnCms(env: NodeJS.ProcessEnv): Child {
  const { command, prefix } = pnpmCommand()
  const serverEnv = { ...cmsEnv(env), REBUILD_ON_START: 'true' }
  return spawnGroup(command, [...prefix, '--filter', '@mao/cms', 'run', 'start'], { cwd: repoRoot, env: serverEnv })
}
