/** Public API of scheduled publishing and time-driven site builds, for the Payload config and tests. */
export { rebuildForEndedEvents, type EndedEventsOutcome } from './endedEvents'
export { PLANNING_REFUSED } from './contributorsDeleteNoPlans'
export { schedulingPlugin } from './plugin'
export { SCHEDULING_QUEUE } from './queue'
