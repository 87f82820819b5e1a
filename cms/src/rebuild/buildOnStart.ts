import type { Payload } from 'payload'
import { getRebuildScheduler } from './rebuildScheduler'
import { currentRelease } from './releases'
import { isRebuildEnabled, resolveRebuildSettings } from './settings'

export type StartBuild = 'off' | 'hook' | 'first' | 'refresh'

export const FIRST_BUILD_REASON = 'Eerste build (nog geen site online)'
export const START_BUILD_REASON = 'Start: site opnieuw gebouwd met de actuele inhoud'

/**
 * Set by the start script on the CMS server only: tests, the seed and other command-line tools
 * open Payload too and must not build.
 */
export const isBuildOnStart = (env: NodeJS.ProcessEnv = process.env): boolean =>
  ['true', '1'].includes(env.REBUILD_ON_START?.trim().toLowerCase() ?? '') && isRebuildEnabled(env)

/**
 * When the CMS server starts: build the site at once when no release is online, otherwise
 * rebuild it with the current content after the usual quiet period. Both go through the
 * scheduler with `payload`, so they are recorded in Sitebuilds like every other build.
 * With a deploy hook the host serves the site and nothing happens.
 */
export function buildOnStart(payload: Payload, env: NodeJS.ProcessEnv = process.env): StartBuild {
  if (!isBuildOnStart(env)) return 'off'
  let online = false
  try {
    const settings = resolveRebuildSettings(env)
    if (settings.hookUrl) return 'hook'
    online = currentRelease(settings.currentLink) !== undefined
  } catch {
    // Misconfigured: the build records the configuration error where editors look.
  }
  const scheduler = getRebuildScheduler()
  if (online) {
    scheduler.request(START_BUILD_REASON, { payload })
    return 'refresh'
  }
  scheduler.request(FIRST_BUILD_REASON, { payload, immediate: true })
  return 'first'
}
