import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs'
import path from 'node:path'

const RELEASE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?$/
const PARTIAL_SUFFIX = '.partial'
/** A build's report, beside its release folder (siteBuildReportFile.ts). */
export const REPORT_SUFFIX = '.report.json'

export class ReleaseError extends Error {
  override name = 'ReleaseError'
}

/** Folder names sort in time order: `2026-11-23T16-53-10-123Z`. */
export const releaseName = (date = new Date()): string => date.toISOString().replace(/[:.]/g, '-')

/** When the build of a release folder started (`releaseName` read back); undefined for other names. */
export function releaseStartedAt(name: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/.exec(name)
  if (!match) return undefined
  const [, day, hours, minutes, seconds, ms] = match
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${ms}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date
}

export type PendingRelease = { name: string; buildDir: string; finalDir: string }

/**
 * A fresh folder for one build. The build writes into `<name>.partial`; only a successful build
 * is renamed to `<name>`, so a half-written folder is never mistaken for a release.
 */
export function prepareRelease(releasesDir: string, date = new Date()): PendingRelease {
  mkdirSync(releasesDir, { recursive: true })
  const base = releaseName(date)
  let name = base
  for (
    let n = 2;
    existsSync(path.join(releasesDir, name)) || existsSync(path.join(releasesDir, name + PARTIAL_SUFFIX));
    n++
  ) {
    name = `${base}-${n}`
  }
  const buildDir = path.join(releasesDir, name + PARTIAL_SUFFIX)
  mkdirSync(buildDir)
  return { name, buildDir, finalDir: path.join(releasesDir, name) }
}

/** The release folder `currentLink` points to, or undefined when there is none yet. */
export function currentRelease(currentLink: string): string | undefined {
  try {
    const target = readlinkSync(currentLink)
    const dir = path.resolve(path.dirname(currentLink), target)
    return existsSync(dir) ? dir : undefined
  } catch {
    return undefined
  }
}

/**
 * Make a finished build the live site: rename `<name>.partial` to `<name>`, then point
 * `currentLink` at it through a temporary symlink renamed over the old one (atomic on POSIX:
 * every request sees either the old or the new release).
 */
export function publishRelease(release: PendingRelease, currentLink: string): void {
  const stat = lstatOrUndefined(currentLink)
  if (stat && !stat.isSymbolicLink()) {
    throw new ReleaseError(`${currentLink} is een gewone map of bestand, geen symlink: verplaats het en bouw opnieuw`)
  }
  renameSync(release.buildDir, release.finalDir)
  mkdirSync(path.dirname(currentLink), { recursive: true })
  const temporary = `${currentLink}.tmp-${process.pid}-${Date.now()}`
  symlinkSync(path.relative(path.dirname(currentLink), release.finalDir), temporary, 'dir')
  try {
    renameSync(temporary, currentLink)
  } catch (error) {
    unlinkSync(temporary)
    throw error
  }
}

/** Remove a failed build's output. */
export function discardRelease(release: PendingRelease): void {
  rmSync(release.buildDir, { recursive: true, force: true })
}

/**
 * Keep the newest `keep` releases and the live one; remove older releases, and the `.partial`
 * folders and `.report.json` files left by builds that crashed. Call only while holding the build
 * lock (no build is then writing a report).
 */
export function pruneReleases(releasesDir: string, currentLink: string, keep: number): string[] {
  if (!existsSync(releasesDir)) return []
  const live = currentRelease(currentLink)
  const all = readdirSync(releasesDir, { withFileTypes: true })
  const reports = all
    .filter((entry) => entry.isFile() && entry.name.endsWith(REPORT_SUFFIX))
    .map((entry) => entry.name)
    .filter((name) => RELEASE_NAME.test(name.slice(0, -REPORT_SUFFIX.length)))
  const entries = all.filter((entry) => entry.isDirectory())
  const complete = entries
    .map((entry) => entry.name)
    .filter((name) => RELEASE_NAME.test(name))
    .sort()
    .reverse()
  const orphans = entries
    .map((entry) => entry.name)
    .filter((name) => name.endsWith(PARTIAL_SUFFIX) && RELEASE_NAME.test(name.slice(0, -PARTIAL_SUFFIX.length)))
  const removed = [...complete.slice(keep), ...orphans]
    .map((name) => path.join(releasesDir, name))
    .filter((dir) => dir !== live)
  for (const dir of removed) rmSync(dir, { recursive: true, force: true })
  for (const name of reports) rmSync(path.join(releasesDir, name), { force: true })
  return removed
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}
