import { existsSync, readFileSync } from 'node:fs'
import { parseSiteBuildReport, type SiteBuildReport } from '@mao/shared/siteBuildReport'

/** The report a site build wrote to `file` (SITE_BUILD_REPORT), or undefined when it wrote none. */
export function readBuildReport(file: string): SiteBuildReport | undefined {
  if (!existsSync(file)) return undefined
  return parseSiteBuildReport(JSON.parse(readFileSync(file, 'utf8')))
}
