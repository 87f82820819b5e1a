import { describe, expect, it } from 'vitest'
import { rebuildProgress } from './rebuildProgress'

const now = new Date('2026-12-05T12:00:30Z')

describe('rebuildProgress', () => {
  it('says a build is planned, then that it runs, with the seconds apart', () => {
    expect(rebuildProgress('scheduled', null, { sawActive: true, now })).toEqual({
      phase: 'scheduled',
      text: 'Ingepland: de sitebuild begint zo.',
    })
    const running = { status: 'running', startedAt: '2026-12-05T12:00:18Z' }
    expect(rebuildProgress('running', running, { sawActive: true, now })).toEqual({
      phase: 'running',
      text: 'Bezig met bouwen…',
      elapsed: 'Bouwtijd tot nu toe: 12 s',
    })
  })

  it('keeps the announced text the same while the seconds tick', () => {
    const running = { status: 'running', startedAt: '2026-12-05T12:00:18Z' }
    const later = new Date(now.getTime() + 2000)
    expect(rebuildProgress('running', running, { sawActive: true, now: later })).toEqual({
      phase: 'running',
      text: 'Bezig met bouwen…',
      elapsed: 'Bouwtijd tot nu toe: 14 s',
    })
  })

  it('shows no seconds before the build has a start time', () => {
    expect(rebuildProgress('running', { status: 'queued' }, { sawActive: true, now })).toEqual({
      phase: 'running',
      text: 'Bezig met bouwen…',
    })
  })

  it('says since when the site is live, in Dutch 24-hour time, once the build it followed is done', () => {
    const succeeded = { status: 'succeeded', liveAt: '2026-12-05T12:04:58Z', finishedAt: '2026-12-05T12:05:00Z' }
    expect(rebuildProgress('idle', succeeded, { sawActive: true, now })).toEqual({
      phase: 'done',
      text: 'Klaar: de site is bijgewerkt, live sinds 13:04:58.',
    })
    expect(
      rebuildProgress('idle', { status: 'succeeded', finishedAt: '2026-12-05T12:05:00Z' }, { sawActive: true, now }),
    ).toEqual({ phase: 'done', text: 'Klaar: de site is bijgewerkt, live sinds 13:05:00.' })
    expect(rebuildProgress('idle', { ...succeeded, status: 'failed' }, { sawActive: true, now })).toEqual({
      phase: 'failed',
      text: 'Mislukt om 13:05: de site is niet bijgewerkt. Bekijk het buildlog hieronder.',
    })
  })

  it('shows no outcome for a build it did not follow', () => {
    expect(rebuildProgress('idle', { status: 'succeeded' }, { sawActive: false, now })).toEqual({ phase: 'idle' })
  })
})
