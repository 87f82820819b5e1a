import { formatTime } from '@mao/shared/dates'
import { formatClock } from './expectedLiveText'
export type BuildState = 'idle' | 'scheduled' | 'running'
export type LatestBuild = {
  status: string
  startedAt?: string | null
  finishedAt?: string | null
  liveAt?: string | null
}

/**
 * `text` changes only when the state does (the panel announces it); `elapsed`, the seconds a
 * running build has taken, ticks with every poll and is shown but never announced.
 */
export type RebuildProgress =
  | { phase: 'scheduled'; text: string }
  | { phase: 'running'; text: string; elapsed?: string }
  | { phase: 'done' | 'failed'; text: string }
  | { phase: 'idle' }

/**
 * What the "Site opnieuw bouwen" panel says while it follows a build: planned, building (and the
 * seconds since it started), and once the scheduler is idle again after this session saw it busy,
 * the outcome of the latest build: since when the new version is live, or that it failed.
 */
export function rebuildProgress(
  state: BuildState,
  latest: LatestBuild | null,
  { sawActive, now }: { sawActive: boolean; now: Date },
): RebuildProgress {
  if (state === 'scheduled') return { phase: 'scheduled', text: 'Ingepland: de sitebuild begint zo.' }
  if (state === 'running') {
    const started = latest?.status === 'running' && latest.startedAt ? Date.parse(latest.startedAt) : NaN
    const seconds = Number.isNaN(started) ? null : Math.max(0, Math.round((now.getTime() - started) / 1000))
    return {
      phase: 'running',
      text: 'Bezig met bouwen…',
      ...(seconds === null ? {} : { elapsed: `Bouwtijd tot nu toe: ${seconds} s` }),
    }
  }
  if (!sawActive || !latest) return { phase: 'idle' }
  if (latest.status === 'succeeded') {
    const live = latest.liveAt ?? latest.finishedAt
    return { phase: 'done', text: `Klaar: de site is bijgewerkt${live ? `, live sinds ${formatClock(live)}` : ''}.` }
  }
  const at = latest.finishedAt ? ` om ${formatTime(latest.finishedAt)}` : ''
  return { phase: 'failed', text: `Mislukt${at}: de site is niet bijgewerkt. Bekijk het buildlog hieronder.` }
}
