import path from 'node:path'
import { currentRelease, releaseStartedAt } from './releases'
import { resolveRebuildSettings } from './settings'

/**
 * When the build of the release this machine serves started (its folder name), or undefined
 * when none is online here (no build yet, a deploy hook, a misconfiguration). Content published
 * before that moment is on the site, whether or not Sitebuilds still holds the record.
 */
export function liveReleaseStartedAt(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  let live: string | undefined
  try {
    const settings = resolveRebuildSettings(env)
    if (settings.hookUrl) return undefined
    live = currentRelease(settings.currentLink)
  } catch {
    return undefined
  }
  return live ? releaseStartedAt(path.basename(live)) : undefined
}
