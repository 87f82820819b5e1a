import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Preset } from './lighthouse'

export const USAGE =
  'Usage: pnpm bench site [--scale N] [--no-lighthouse] [--preset mobile|desktop] [--runs 3] [--build-pairs 1] [--publishes 10] [--no-publish] [--json file] [--keep]'

export class UsageError extends Error {}

export interface SiteBenchOptions {
  scale: number
  runs: number
  /** Cold builds of ours and of the bare reference, run alternately; the ratio is their pairs' median. */
  buildPairs: number
  preset: Preset
  chromePath: string
  lighthouse: boolean
  /** Publishes to time (0 with --no-publish). */
  publishes: number
  json: string | undefined
  keep: boolean
}

/** The command line of `pnpm bench site`; throws UsageError (or parseArgs' TypeError) on a bad one. */
export function options(args: string[]): SiteBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string', default: '0' },
      'no-lighthouse': { type: 'boolean', default: false },
      preset: { type: 'string', default: 'mobile' },
      runs: { type: 'string', default: '3' },
      'build-pairs': { type: 'string', default: '1' },
      publishes: { type: 'string', default: '10' },
      'no-publish': { type: 'boolean', default: false },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const scale = Number(values.scale)
  if (!Number.isInteger(scale) || scale < 0)
    throw new UsageError(`--scale needs a whole number ≥ 0, got "${values.scale}"`)
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs needs a whole number ≥ 1, got "${values.runs}"`)
  const buildPairs = Number(values['build-pairs'])
  if (!Number.isInteger(buildPairs) || buildPairs < 1)
    throw new UsageError(`--build-pairs needs a whole number ≥ 1, got "${values['build-pairs']}"`)
  const publishes = values['no-publish'] ? 0 : Number(values.publishes)
  if (!values['no-publish'] && (!Number.isInteger(publishes) || publishes < 1))
    throw new UsageError(`--publishes needs a whole number ≥ 1 (or --no-publish), got "${values.publishes}"`)
  if (values.preset !== 'mobile' && values.preset !== 'desktop')
    throw new UsageError(`--preset is mobile or desktop, got "${values.preset}"`)
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  const lighthouse = !values['no-lighthouse']
  if (lighthouse && !existsSync(chromePath))
    throw new UsageError(
      `Lighthouse needs Chromium at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH), or pass --no-lighthouse`,
    )
  if (!existsSync('/proc/self/status')) throw new UsageError('Memory is sampled from /proc: run this on Linux')
  return {
    scale,
    runs,
    buildPairs,
    preset: values.preset as Preset,
    chromePath,
    lighthouse,
    publishes,
    json: values.json,
    keep: values.keep,
  }
}
