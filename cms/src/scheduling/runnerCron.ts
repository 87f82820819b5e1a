/** Every minute: a planned (un)publication happens within a minute of its time. */
export const DEFAULT_RUNNER_CRON = '* * * * *'

export class SchedulingSettingsError extends Error {
  override name = 'SchedulingSettingsError'
}

/**
 * How often the CMS runs the queue planned publications wait in: SCHEDULE_RUN_CRON, a cron
 * expression of 5 fields, or 6 with seconds first (Payload's runner reads both). The admin browser
 * tests shorten it, so a publication planned for the next minute shows within seconds of it.
 */
export function schedulingRunnerCron(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SCHEDULE_RUN_CRON?.trim()
  if (!raw) return DEFAULT_RUNNER_CRON
  const fields = raw.split(/\s+/)
  if (fields.length < 5 || fields.length > 6) {
    throw new SchedulingSettingsError(
      `SCHEDULE_RUN_CRON must be a cron expression of 5 fields (or 6, seconds first), got "${raw}"`,
    )
  }
  return fields.join(' ')
}
