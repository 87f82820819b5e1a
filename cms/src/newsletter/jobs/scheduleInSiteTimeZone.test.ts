import { describe, expect, it } from 'vitest'
import { nextRunInSiteTimeZone } from './scheduleInSiteTimeZone'

describe('the compose schedule', () => {
  it('fires on Monday 07:00 in Amsterdam, in winter and in summer time', () => {
    expect(nextRunInSiteTimeZone('0 7 * * 1', new Date('2026-01-07T12:00:00Z'))?.toISOString()).toBe(
      '2026-01-12T06:00:00.000Z',
    )
    expect(nextRunInSiteTimeZone('0 7 * * 1', new Date('2026-07-01T12:00:00Z'))?.toISOString()).toBe(
      '2026-07-06T05:00:00.000Z',
    )
  })
})
