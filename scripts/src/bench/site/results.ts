import type { LighthousePage, Preset } from './lighthouse'
import type { PageWeight } from './pageAssets'
import type { BuildMeasurement } from './timedBuild'

export type BuildFigures = Omit<BuildMeasurement, 'output' | 'code'> & { pages: number; pagesPerSecond: number }

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
  /** Our build time divided by the bare build time. */
  ratio: number
  weights: { home: PageWeight; newsDetail: PageWeight }
  lighthouse?: { preset: Preset; runs: number; home: LighthousePage; newsDetail: LighthousePage }
}

export type Verdict = 'pass' | 'FAIL' | 'info'

export interface Row {
  label: string
  value: string
  target: string
  verdict: Verdict
}
