import type { SiteBuildKind } from '@mao/shared/siteBuildReport'
import type { SchedulerState } from './scheduler'

/** A successful local build, as recorded in `build-logs`. */
export type PastBuild = {
  kind?: SiteBuildKind | null
  startedAt?: string | null
  liveAt?: string | null
  durationMs?: number | null
}

export type BuildEstimate = {
  /** The kind the next build probably is; null when the last build sent no report. */
  kind: SiteBuildKind | null
  /** From the start of a build until its release is live. */
  durationMs: number
  /** How many past builds the estimate rests on. */
  basedOn: number
}

/** Builds of one kind whose median is the estimate: few enough to follow a site that grows. */
const SAMPLE = 5

/** From start to live; builds recorded before `liveAt` existed fall back to their whole duration. */
function timeToLive(build: PastBuild): number | undefined {
  const started = build.startedAt ? Date.parse(build.startedAt) : NaN
  const live = build.liveAt ? Date.parse(build.liveAt) : NaN
  if (!Number.isNaN(started) && !Number.isNaN(live) && live >= started) return live - started
  return typeof build.durationMs === 'number' && build.durationMs >= 0 ? build.durationMs : undefined
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}

/**
 * How long the next build will probably take, from recent successful local builds (newest
 * first): the median of the last few of the kind the last one was. After an incremental build
 * the next is incremental too; after a full one we cannot tell whether the next can reuse pages
 * (a code change forces a full build), so the estimate stays on the safe, longer side. Builds
 * without a report (an older site) count as one kind of their own. Null without history.
 */
export function estimateBuildDuration(recent: PastBuild[]): BuildEstimate | null {
  const timed = recent.flatMap((build) => {
    const ms = timeToLive(build)
    return ms === undefined ? [] : [{ kind: build.kind ?? null, ms }]
  })
  const last = timed[0]
  if (!last) return null
  const sample = timed.filter((build) => build.kind === last.kind).slice(0, SAMPLE)
  return { kind: last.kind, durationMs: median(sample.map((build) => build.ms)), basedOn: sample.length }
}

/**
 * When a change saved now will probably be live: after the planned build (once its quiet period
 * is over), or at the end of the running one, or, when changes wait for one more build after the
 * running one, at the end of that. For a running build past its estimate the moment lies in the
 * past (the panel says it takes longer than usual); a follow-up build is then counted from now.
 * Null when nothing is planned or there is no estimate.
 */
export function expectedLiveAt({
  state,
  estimate,
  now,
  runningSince,
  startsAt,
  followUp,
  debounceMs,
}: {
  state: SchedulerState
  estimate: BuildEstimate | null
  now: Date
  /** Start of the running build, when recorded (not while it waits for another process's build). */
  runningSince?: Date
  /** End of the quiet period of a planned build. */
  startsAt?: Date
  followUp: boolean
  debounceMs: number
}): Date | null {
  if (!estimate || state === 'idle') return null
  const duration = estimate.durationMs
  if (state === 'scheduled') {
    return new Date(Math.max(now.getTime(), startsAt?.getTime() ?? 0) + duration)
  }
  const end = (runningSince ?? now).getTime() + duration
  return new Date(followUp ? Math.max(now.getTime(), end) + debounceMs + duration : end)
}
