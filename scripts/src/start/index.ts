/** Public entry (`@mao/scripts/start`): how `pnpm start` builds and runs the CMS, for the admin tests' server. */
export { cmsBuildIsStale } from './cmsBuild'
export { previewBuildIsStale } from './previewBuild'
export { runPnpm, runPnpmToEnd, stopChildren } from './processes'
