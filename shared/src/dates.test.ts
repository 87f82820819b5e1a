import { describe, expect, it } from 'vitest'
import { formatTimeRange } from './dates'

describe('formatTimeRange', () => {
  it('shows times in Europe/Amsterdam, with one date for a one-day event', () => {
    expect(formatTimeRange('2026-03-12T12:30:00Z', '2026-03-12T15:00:00Z')).toBe('12 maart 2026 om 13:30 – 16:00')
    expect(formatTimeRange('2026-07-01T07:00:00Z', '2026-07-02T15:00:00Z')).toBe(
      '1 juli 2026 om 09:00 – 2 juli 2026 om 17:00',
    )
  })

  it('shows only the start without an end', () => {
    expect(formatTimeRange('2026-03-12T12:30:00Z', null)).toBe('12 maart 2026 om 13:30')
  })
})
