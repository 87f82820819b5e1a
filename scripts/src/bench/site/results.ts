import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import type { BuildPair } from './buildPairs'
import type { LighthousePage, Preset } from './lighthouse'
import type { PageWeight } from './pageAssets'
import type { BuildMeasurement } from './timedBuild'

export type BuildFigures = Omit<BuildMeasurement, 'output' | 'code'> & { pages: number; pagesPerSecond: number }

/** One publish, in seconds from the editor's save request. */
export interface PublishTiming {
  /** The save request answered. */
  savedSeconds: number
  /** The CMS queued the build (its build log was created): the debounce is over. */
  queuedSeconds: number
  /** The CMS switched the site to the new release (its build log's liveAt). */
  releasedSeconds: number
  /** The site server served the changed page with the new content. */
  liveSeconds: number
}

export interface PublishFigures {
  /** The page that changed with each publish. */
  path: string
  /** REBUILD_DEBOUNCE_MS as set for the run, or undefined for the CMS's default. */
  debounceSetting: string | undefined
  pollMs: number
  publishes: PublishTiming[]
}

/** Every raw figure of one `pnpm bench site` run (also what `--json` writes). */
export interface SiteBenchResults {
  date: string
  node: string
  cpus: number
  scale: number
  publishedDocuments: number
  seedSeconds: number
  scaleSeconds: number
  ours: BuildFigures
  bare: BuildFigures
  /** A second build with the first one's cache and unchanged content; its report when the site wrote one. */
  warm: BuildFigures & { report?: SiteBuildReport }
  /** Every pair of cold builds, ours then bare (the first pair's are `ours` and `bare`), in seconds. */
  buildPairs: BuildPair[]
  /** Our build time divided by the bare build time: the median over `buildPairs`. */
  ratio: number
  /** The same for the builds' CPU time; not a number when no pair has it. */
  cpuRatio: number
  weights: { home: PageWeight; newsDetail: PageWeight }
  publish?: PublishFigures
  lighthouse?: { preset: Preset; runs: number; home: LighthousePage; newsDetail: LighthousePage }
}

export type Verdict = 'pass' | 'FAIL' | 'info'

export interface Row {
  label: string
  value: string
  target: string
  verdict: Verdict
}
