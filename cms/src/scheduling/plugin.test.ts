import type { Config } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { schedulingPlugin } from './plugin'
import { SCHEDULING_QUEUE } from './queue'

const apply = async () => (await schedulingPlugin()({ collections: [] } as unknown as Config)).jobs

describe('schedulingPlugin', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('runs the queue scheduled publications wait in, every minute, when job runners are on', async () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', 'true')
    const jobs = await apply()
    expect(SCHEDULING_QUEUE).toBe('default')
    expect(jobs?.autoRun).toEqual([expect.objectContaining({ cron: '* * * * *', queue: 'default' })])
    expect(jobs?.tasks?.map((task) => task.slug)).toEqual(['schedulingEndedEvents'])
  })

  it('runs it as often as SCHEDULE_RUN_CRON asks', async () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', 'true')
    vi.stubEnv('SCHEDULE_RUN_CRON', '*/3 * * * * *')
    expect((await apply())?.autoRun).toEqual([expect.objectContaining({ cron: '*/3 * * * * *', queue: 'default' })])
  })

  it('adds no runner when job runners are off (tests run jobs themselves)', async () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', 'false')
    expect((await apply())?.autoRun).toEqual([])
  })
})
