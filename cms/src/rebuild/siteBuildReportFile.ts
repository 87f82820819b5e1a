import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseSiteBuildReport, type SiteBuildReport } from '@mao/shared/siteBuildReport'
import type { LogTail } from './logTail'
import { REPORT_SUFFIX } from './releases'

/**
 * Where a local build writes its report (SITE_BUILD_REPORT): `<releasesDir>/<name>.report.json`,
 * beside the release folder and never inside it, so it is never published. `pruneReleases` removes
 * one left behind by a build whose CMS process died.
 */
export const siteBuildReportFile = (release: { finalDir: string }): string => release.finalDir + REPORT_SUFFIX

/**
 * Reads and deletes the report a build wrote. A missing file (a site that writes none) gives
 * undefined silently; an unreadable or foreign one gives undefined with a line in the log: the
 * report only informs editors, it never fails a build.
 */
export function takeSiteBuildReport(file: string, tail: LogTail): SiteBuildReport | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  } finally {
    rmSync(file, { force: true, recursive: true })
  }
  let report: SiteBuildReport | undefined
  try {
    report = parseSiteBuildReport(JSON.parse(text))
  } catch {
    report = undefined
  }
  if (!report) tail.note(`Buildrapport ${path.basename(file)} is onleesbaar en is genegeerd`)
  return report
}
