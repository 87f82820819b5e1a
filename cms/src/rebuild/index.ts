/** Public API of the site rebuild feature, for the start script and other packages. */
export { ensureInitialBuild, type InitialBuildResult } from './ensureInitialBuild'
export { rebuildPlugin, type RebuildPluginOptions } from './plugin'
export { getRebuildScheduler } from './rebuildScheduler'
export { currentRelease } from './releases'
export { isRebuildEnabled, resolveRebuildSettings, type RebuildSettings } from './settings'
