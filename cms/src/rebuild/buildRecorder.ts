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
}

/** Where a build reports its progress: the `build-logs` collection, or the console. */
export type BuildRecorder = {
  queued: (entry: { trigger: string; mode: BuildMode }) => Promise<void>
  running: (startedAt: Date) => Promise<void>
  finished: (outcome: BuildOutcome) => Promise<void>
}

export const consoleRecorder = (log: (line: string) => void = console.log): BuildRecorder => ({
  queued: async ({ trigger }) => log(`[sitebuild] gepland: ${trigger}`),
  running: async () => log('[sitebuild] bezig'),
  finished: async (outcome) =>
    log(
      `[sitebuild] ${outcome.status === 'succeeded' ? 'geslaagd' : 'mislukt'} in ${outcome.durationMs} ms\n${outcome.logTail}`,
    ),
})
