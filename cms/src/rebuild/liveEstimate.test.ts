import { describe, expect, it } from 'vitest'
import { estimateBuildDuration, expectedLiveAt, type PastBuild } from './liveEstimate'

const at = (iso: string) => new Date(iso)
const build = (kind: PastBuild['kind'], seconds: number): PastBuild => ({
  kind,
  startedAt: '2026-12-05T12:00:00.000Z',
  liveAt: new Date(Date.parse('2026-12-05T12:00:00.000Z') + seconds * 1000).toISOString(),
  durationMs: seconds * 1000 + 2000,
})

describe('estimateBuildDuration', () => {
  it('takes the median time to live of the last few builds of the last build’s kind', () => {
    const recent = [
      build('incremental', 6),
      build('full', 60),
      build('incremental', 5),
      build('incremental', 30),
      build('incremental', 7),
      build('incremental', 8),
      build('incremental', 4),
      build('incremental', 100),
    ]
    // The five newest incremental builds: 6, 5, 30, 7, 8 s; the full one and older ones left out.
    expect(estimateBuildDuration(recent)).toEqual({ kind: 'incremental', durationMs: 7000, basedOn: 5 })
  })

  it('expects a full build after a full one, and averages the middle two of an even count', () => {
    const recent = [build('full', 60), build('incremental', 6), build('full', 70)]
    expect(estimateBuildDuration(recent)).toEqual({ kind: 'full', durationMs: 65_000, basedOn: 2 })
  })

  it('uses the whole duration of builds recorded before the time they went live was kept', () => {
    const old = [{ startedAt: '2026-12-05T12:00:00.000Z', durationMs: 61_000 }, { durationMs: 59_000 }]
    expect(estimateBuildDuration(old)).toEqual({ kind: null, durationMs: 60_000, basedOn: 2 })
  })

  it('has no estimate without history', () => {
    expect(estimateBuildDuration([])).toBeNull()
    expect(estimateBuildDuration([{ kind: 'full' }])).toBeNull()
  })
})

describe('expectedLiveAt', () => {
  const estimate = { kind: 'incremental' as const, durationMs: 6000, basedOn: 3 }
  const now = at('2026-12-05T13:03:10.000Z')
  const common = { estimate, now, followUp: false, debounceMs: 3000 }

  it('counts a planned build from the end of its quiet period', () => {
    expect(expectedLiveAt({ ...common, state: 'scheduled', startsAt: at('2026-12-05T13:03:13.000Z') })).toEqual(
      at('2026-12-05T13:03:19.000Z'),
    )
    expect(expectedLiveAt({ ...common, state: 'scheduled' })).toEqual(at('2026-12-05T13:03:16.000Z'))
  })

  it('counts a running build from its start, and adds the build that follows it', () => {
    const runningSince = at('2026-12-05T13:03:08.000Z')
    expect(expectedLiveAt({ ...common, state: 'running', runningSince })).toEqual(at('2026-12-05T13:03:14.000Z'))
    expect(expectedLiveAt({ ...common, state: 'running', runningSince, followUp: true })).toEqual(
      at('2026-12-05T13:03:23.000Z'),
    )
  })

  it('lets a running build overrun its estimate, and counts a follow-up from now', () => {
    const runningSince = at('2026-12-05T13:02:00.000Z')
    expect(expectedLiveAt({ ...common, state: 'running', runningSince })).toEqual(at('2026-12-05T13:02:06.000Z'))
    expect(expectedLiveAt({ ...common, state: 'running', runningSince, followUp: true })).toEqual(
      at('2026-12-05T13:03:19.000Z'),
    )
  })

  it('says nothing when idle or without an estimate', () => {
    expect(expectedLiveAt({ ...common, state: 'idle' })).toBeNull()
    expect(expectedLiveAt({ ...common, estimate: null, state: 'scheduled' })).toBeNull()
  })
})
