import { describe, expect, it } from 'vitest'
import { DEFAULT_RUNNER_CRON, schedulingRunnerCron } from './runnerCron'

describe('schedulingRunnerCron', () => {
  it('runs every minute unless SCHEDULE_RUN_CRON says otherwise', () => {
    expect(schedulingRunnerCron({})).toBe(DEFAULT_RUNNER_CRON)
    expect(DEFAULT_RUNNER_CRON).toBe('* * * * *')
    expect(schedulingRunnerCron({ SCHEDULE_RUN_CRON: '  ' })).toBe('* * * * *')
  })

  it('takes a 5-field cron, or 6 with seconds first', () => {
    expect(schedulingRunnerCron({ SCHEDULE_RUN_CRON: '*/5 * * * *' })).toBe('*/5 * * * *')
    expect(schedulingRunnerCron({ SCHEDULE_RUN_CRON: ' */2  * * * * * ' })).toBe('*/2 * * * * *')
  })

  it('refuses what is no cron expression, naming the variable', () => {
    expect(() => schedulingRunnerCron({ SCHEDULE_RUN_CRON: '5' })).toThrow(/SCHEDULE_RUN_CRON must be a cron/)
    expect(() => schedulingRunnerCron({ SCHEDULE_RUN_CRON: '* * * * * * *' })).toThrow(/got "\* \* \* \* \* \* \*"/)
  })
})
