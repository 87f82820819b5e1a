import { describe, expect, it } from 'vitest'
import { splitEvents } from './events'
import type { EventDoc } from './types'

describe('events', () => {
  const event = (slug: string, startsAt: string, endsAt: string) => ({ slug, startsAt, endsAt }) as EventDoc
  it('splits upcoming (soonest first) from past (latest first), by end time', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const { upcoming, past } = splitEvents(
      [
        event('lang-geleden', '2025-01-01T10:00:00Z', '2025-01-01T12:00:00Z'),
        event('bezig', '2026-06-01T10:00:00Z', '2026-06-01T14:00:00Z'),
        event('later', '2026-09-01T10:00:00Z', '2026-09-01T12:00:00Z'),
        event('net-geweest', '2026-05-01T10:00:00Z', '2026-05-01T12:00:00Z'),
      ],
      now,
    )
    expect(upcoming.map((item) => item.slug)).toEqual(['bezig', 'later'])
    expect(past.map((item) => item.slug)).toEqual(['net-geweest', 'lang-geleden'])
  })
})
