import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import { buildEnv } from './buildEnv'
import { PROCESS_EPOCH } from './processEpoch'
import type { BuildMode, BuildOutcome, BuildRecorder } from './buildRecorder'
import { callBuildHook } from './callBuildHook'
import { checkRelease } from './linkCheck/checkRelease'
import type { LinkCheckResult } from './linkCheck/linkCheckResult'
import type { LinkChecker } from './linkCheck/workerLinkChecker'
import { acquireBuildLock, type BuildLock } from './lock'
import { LogTail } from './logTail'
import { discardRelease, prepareRelease, publishRelease, pruneReleases } from './releases'
import { runCommand, type CommandResult } from './runCommand'
import { siteBuildReportFile, takeSiteBuildReport } from './siteBuildReportFile'
import type { RebuildSettings } from './settings'
import { siteBuildCommand } from './siteBuildCommand'
import { summarizeReasons } from './summarizeReasons'
import { warmSiteBuild } from './warmSiteBuild'

const LOG_LINES = 100
const HOOK_TIMEOUT_MS = 30_000
const ABANDONED =
  'Afgebroken: het proces dat deze build uitvoerde is gestopt (herstart of crash). De vorige versie van de site bleef online.'

export const lockFile = (settings: Pick<RebuildSettings, 'releasesDir'>): string =>
  path.join(settings.releasesDir, '.build.lock')

type Published = { name: string; dir: string; liveAt: Date; report?: SiteBuildReport }

/** Build into a fresh release folder and make it live, or leave the live site as it was. */
async function buildLocally(settings: RebuildSettings, tail: LogTail): Promise<Published | undefined> {
  pruneReleases(settings.releasesDir, settings.currentLink, settings.keepReleases)
  const release = prepareRelease(settings.releasesDir)
  const reportFile = siteBuildReportFile(release)
  const env = buildEnv(process.env, {
    cmsUrl: settings.cmsUrl,
    siteUrl: settings.siteUrl,
    outDir: release.buildDir,
    contentEpoch: PROCESS_EPOCH,
    reportFile,
  })
  let report: SiteBuildReport | undefined
  try {
    let result: CommandResult
    if (settings.buildCommand) {
      const command = siteBuildCommand(settings.buildCommand)
      tail.note(`$ ${command.file}`)
      result = await runCommand(command, { cwd: settings.repoRoot, env, timeoutMs: settings.timeoutMs, tail })
    } else {
      tail.note('$ astro build (in het warme buildproces van de site)')
      const siteDir = path.join(settings.repoRoot, 'site')
      result = await warmSiteBuild(siteDir, { env, timeoutMs: settings.timeoutMs, tail })
    }
    report = takeSiteBuildReport(reportFile, tail)
    if (result.exitCode !== 0) {
      tail.note(
        `Build mislukt (${result.signal ? `gestopt met ${result.signal}` : `exitcode ${String(result.exitCode)}`}); de vorige versie blijft online`,
      )
      discardRelease(release)
      return undefined
    }
    if (!existsSync(path.join(release.buildDir, 'index.html'))) {
      tail.note('Build leverde geen index.html op; de vorige versie blijft online')
      discardRelease(release)
      return undefined
    }
    publishRelease(release, settings.currentLink)
  } catch (error) {
    discardRelease(release)
    rmSync(reportFile, { force: true, recursive: true })
    throw error
  }
  const liveAt = new Date()
  tail.note(`Online: ${release.name}`)
  try {
    pruneReleases(settings.releasesDir, settings.currentLink, settings.keepReleases)
  } catch (error) {
    tail.note(`Opruimen van oude releases mislukt: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { name: release.name, dir: release.finalDir, liveAt, ...(report ? { report } : {}) }
}

/**
 * One build, start to finish: record it as queued, take the lock (waiting for a build in
 * another process), build locally or call the deploy hook, check the new release's links
 * (when given a checker), record the outcome. Never throws.
 */
export async function performBuild({
  reasons,
  settings,
  recorder,
  checkLinks,
}: {
  reasons: string[]
  settings: RebuildSettings
  recorder: BuildRecorder
  checkLinks?: LinkChecker
}): Promise<BuildOutcome> {
  const trigger = summarizeReasons(reasons)
  const mode: BuildMode = settings.hookUrl ? 'hook' : 'local'
  const tail = new LogTail(LOG_LINES)
  const record = await recorder.queued({ trigger, mode })
  let startedAt = new Date()
  let lock: BuildLock | undefined
  let succeeded = false
  let published: Published | undefined
  let linkCheck: LinkCheckResult | undefined
  try {
    if (settings.hookUrl) {
      await recorder.running(startedAt)
      succeeded = await callBuildHook(settings.hookUrl, { trigger, timeoutMs: HOOK_TIMEOUT_MS, tail })
    } else {
      const patienceMs = settings.timeoutMs + 60_000
      const abandoned: string[] = []
      lock = await acquireBuildLock(lockFile(settings), {
        waitMs: patienceMs,
        staleMs: patienceMs,
        build: record,
        onWait: () => tail.note('Wacht tot een andere sitebuild klaar is…'),
        onTakeOver: (previous) => {
          tail.note(`Vorige sitebuild (proces ${previous?.pid ?? '?'}) is afgebroken; deze build neemt het over`)
          if (previous?.build) abandoned.push(previous.build)
        },
      })
      for (const build of abandoned) await recorder.abandoned(build, ABANDONED)
      startedAt = new Date()
      await recorder.running(startedAt)
      published = await buildLocally(settings, tail)
      succeeded = published !== undefined
      // Still under the lock, so no other build prunes the release while it is read.
      if (published && checkLinks) linkCheck = await checkRelease(checkLinks, published.dir, tail)
    }
  } catch (error) {
    tail.note(`Fout: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    lock?.release()
  }
  const finishedAt = new Date()
  const outcome: BuildOutcome = {
    status: succeeded ? 'succeeded' : 'failed',
    mode,
    trigger,
    startedAt,
    finishedAt,
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    logTail: tail.toString(),
    ...(published ? { release: published.name, liveAt: published.liveAt } : {}),
    ...(published?.report ? { report: published.report } : {}),
    ...(linkCheck ? { linkCheck } : {}),
  }
  await recorder.finished(outcome)
  return outcome
}
