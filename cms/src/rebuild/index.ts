/** Public API of the site rebuild feature, for the Payload config, the newsletter and the tests. */
export { liveReleaseStartedAt } from './liveRelease'
export { rebuildPlugin, type RebuildPluginOptions } from './plugin'
export { getRebuildScheduler } from './rebuildScheduler'
export { currentRelease } from './releases'
export { requestSiteRebuild } from './requestSiteRebuild'
export { isRebuildEnabled } from './settings'
