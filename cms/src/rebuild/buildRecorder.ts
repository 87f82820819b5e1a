import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import type { LinkCheckResult } from './linkCheck/linkCheckResult'

export type BuildMode = 'local' | 'hook'
export type BuildStatus = 'queued' | 'running' | 'succeeded' | 'failed'

export type BuildOutcome = {
  status: Extract<BuildStatus, 'succeeded' | 'failed'>
  mode: BuildMode
  trigger: string
  startedAt: Date
  finishedAt: Date
  durationMs: number
  logTail: string
  release?: string
  /** When the new release went live (before the link check); local builds that succeeded only. */
  liveAt?: Date
  /** What the site build reported about itself (incremental or full, pages rendered); local builds only. */
  report?: SiteBuildReport
  /** The links of the new release, checked after it went live (local builds only). */
  linkCheck?: LinkCheckResult
}

/** Where a build reports its progress: the `build-logs` collection, or the console. */
export type BuildRecorder = {
  /** Resolves to the record's id, when there is one. */
  queued: (entry: { trigger: string; mode: BuildMode }) => Promise<string | undefined>
  running: (startedAt: Date) => Promise<void>
  finished: (outcome: BuildOutcome) => Promise<void>
  /** Another build's record, whose process stopped before finishing it: mark it failed. */
  abandoned: (build: string, reason: string) => Promise<void>
}

export const consoleRecorder = (log: (line: string) => void = console.log): BuildRecorder => ({
  queued: async ({ trigger }) => {
    log(`[sitebuild] gepland: ${trigger}`)
    return undefined
  },
  running: async () => log('[sitebuild] bezig'),
  finished: async (outcome) =>
    log(
      `[sitebuild] ${outcome.status === 'succeeded' ? 'geslaagd' : 'mislukt'} in ${outcome.durationMs} ms\n${outcome.logTail}`,
    ),
  abandoned: async (build, reason) => log(`[sitebuild] ${build}: ${reason}`),
})
