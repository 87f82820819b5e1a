import type { LogTail } from '../logTail'
import { linkCheckResult, type LinkCheckResult } from './linkCheckResult'
import type { LinkChecker } from './workerLinkChecker'

const links = (count: number) => (count === 1 ? '1 kapotte link' : `${count} kapotte links`)

/**
 * Checks the links of a release that is already live. Never throws: broken links, and a check
 * that fails, are reported in the build log but do not undo the release.
 */
export async function checkRelease(check: LinkChecker, releaseDir: string, tail: LogTail): Promise<LinkCheckResult> {
  try {
    const result = linkCheckResult((await check(releaseDir)).broken)
    tail.note(
      result.brokenCount === 0
        ? 'Linkcontrole: geen kapotte links'
        : `Linkcontrole: ${links(result.brokenCount)} (de site staat wel online)`,
    )
    return result
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    tail.note(`Linkcontrole mislukt: ${message} (de site staat wel online)`)
    return { status: 'failed', error: message }
  }
}
