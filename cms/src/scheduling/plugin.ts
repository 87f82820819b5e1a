import type { Plugin } from 'payload'
import { mergeAutoRun, type AutorunCronConfig } from '../jobs/mergeAutoRun'
import { newsletterSettings } from '../newsletter'
import { contributorsDeleteNoPlans } from './contributorsDeleteNoPlans'
import { endedEventsTask } from './endedEventsTask'
import { SCHEDULING_QUEUE } from './queue'
import { schedulingRunnerCron } from './runnerCron'

/**
 * Publishing on time: content collections have `schedulePublish`, whose jobs Payload puts on the
 * default queue; this runs that queue every minute (SCHEDULE_RUN_CRON), so a planned
 * (un)publication happens within a minute of its time and the rebuild hooks follow as for any
 * publish. It also moves ended events to "eerder" with a build. The runner follows
 * NEWSLETTER_AUTORUN like every scheduled job of the CMS (tests run jobs explicitly).
 */
export const schedulingPlugin = (): Plugin => (config) => {
  const runners: AutorunCronConfig[] = newsletterSettings().autoRun
    ? [{ cron: schedulingRunnerCron(), queue: SCHEDULING_QUEUE, limit: 20 }]
    : []
  return {
    ...config,
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), endedEventsTask()],
      autoRun: mergeAutoRun(config.jobs?.autoRun, runners),
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      contributorsDeleteNoPlans(payload)
    },
  }
}
