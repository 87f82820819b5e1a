/** Public API of the site rebuild feature, for the Payload config, the newsletter and the start script. */
export { ensureInitialBuild, type InitialBuildResult } from './ensureInitialBuild'
export { rebuildPlugin, type RebuildPluginOptions } from './plugin'
export { getRebuildScheduler } from './rebuildScheduler'
export { currentRelease } from './releases'
export { isRebuildEnabled } from './settings'
