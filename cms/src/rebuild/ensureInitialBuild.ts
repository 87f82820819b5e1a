import type { Payload } from 'payload'
import { getRebuildScheduler } from './rebuildScheduler'
import { currentRelease } from './releases'
import { resolveRebuildSettings } from './settings'

export type InitialBuildResult = 'present' | 'built' | 'failed' | 'hook'

/**
 * For the start script: build the site once when no release is online yet (first start, or
 * the release folder was removed). Resolves when that build is done; pass `payload` to record
 * it in the build log. With a deploy hook the host serves the site and nothing happens here.
 */
export async function ensureInitialBuild({ payload }: { payload?: Payload } = {}): Promise<InitialBuildResult> {
  const settings = resolveRebuildSettings()
  if (settings.hookUrl) return 'hook'
  if (currentRelease(settings.currentLink)) return 'present'
  const scheduler = getRebuildScheduler()
  scheduler.request('Eerste build (nog geen site online)', { payload, immediate: true })
  await scheduler.whenIdle()
  return currentRelease(settings.currentLink) ? 'built' : 'failed'
}
