import type { Config, JobsConfig } from 'payload'

type Jobs = NonNullable<Config['jobs']>
export type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/** Adds a feature's cron runners to whatever autoRun the config (or an earlier plugin) already has. */
export function mergeAutoRun(existing: Jobs['autoRun'], ours: AutorunCronConfig[]): Jobs['autoRun'] {
  if (!existing) return ours
  if (typeof existing === 'function') return async (payload) => [...(await existing(payload)), ...ours]
  return [...existing, ...ours]
}
