import { describe, expect, it } from 'vitest'
import { expectedLiveText } from './expectedLiveText'

const now = '2026-12-05T13:03:14.000Z'

describe('expectedLiveText', () => {
  it('gives the Dutch clock time with seconds and roughly how long until then', () => {
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: '2026-12-05T13:03:20.000Z', now })).toBe(
      'Naar verwachting live om 14:03:20 (over ongeveer 6 seconden).',
    )
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: '2026-12-05T13:03:15.200Z', now })).toBe(
      'Naar verwachting live om 14:03:15 (over ongeveer 1 seconde).',
    )
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: '2026-12-05T13:05:40.000Z', now })).toBe(
      'Naar verwachting live om 14:05:40 (over ongeveer 2 minuten).',
    )
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: '2026-12-05T13:04:14.000Z', now })).toBe(
      'Naar verwachting live om 14:04:14 (over ongeveer 1 minuut).',
    )
  })

  it('says so when the build takes longer than estimated', () => {
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: '2026-12-05T13:03:10.000Z', now })).toBe(
      'Dit duurt langer dan gewoonlijk; de wijziging staat zo live.',
    )
  })

  it('says it cannot tell yet without history, and nothing for a deploy hook', () => {
    expect(expectedLiveText({ mode: 'local', expectedLiveAt: null, now })).toMatch(/^Hoe lang dit duurt, is nog niet/)
    expect(expectedLiveText({ mode: 'hook', expectedLiveAt: '2026-12-05T13:03:20.000Z', now })).toBeUndefined()
  })
})
