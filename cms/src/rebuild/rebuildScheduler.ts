import { consoleRecorder } from './buildRecorder'
import { workerLinkChecker } from './linkCheck/workerLinkChecker'
import { payloadBuildRecorder } from './payloadBuildRecorder'
import { performBuild } from './performBuild'
import { RebuildScheduler, type BuildRequest } from './scheduler'
import { DEFAULT_DEBOUNCE_MS, resolveRebuildSettings } from './settings'
import { summarizeReasons } from './summarizeReasons'

const KEY = Symbol.for('mao.rebuild.scheduler')

async function buildSite({ reasons, payload }: BuildRequest): Promise<void> {
  const recorder = payload ? payloadBuildRecorder(payload) : consoleRecorder()
  let settings
  try {
    settings = resolveRebuildSettings()
  } catch (error) {
    // Misconfiguration: record it where editors look, then give up on this build.
    const now = new Date()
    const trigger = summarizeReasons(reasons)
    await recorder.queued({ trigger, mode: 'local' })
    await recorder.finished({
      status: 'failed',
      mode: 'local',
      trigger,
      startedAt: now,
      finishedAt: now,
      durationMs: 0,
      logTail: `Configuratiefout: ${error instanceof Error ? error.message : String(error)}`,
    })
    return
  }
  const checkLinks = workerLinkChecker({ siteUrl: settings.siteUrl })
  await performBuild({ reasons, settings, recorder, checkLinks })
}

/** The quiet period before a build, as configured (the default when the settings are invalid). */
export function debounceMs(): number {
  try {
    return resolveRebuildSettings().debounceMs
  } catch {
    return DEFAULT_DEBOUNCE_MS
  }
}

/**
 * The process-wide scheduler. Kept on `globalThis`: Next can load the Payload config in several
 * route bundles of one process, and they must share one queue.
 */
export function getRebuildScheduler(): RebuildScheduler {
  const store = globalThis as typeof globalThis & { [KEY]?: RebuildScheduler }
  store[KEY] ??= new RebuildScheduler(buildSite, debounceMs)
  return store[KEY]
}
