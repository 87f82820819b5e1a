import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  currentRelease,
  prepareRelease,
  publishRelease,
  pruneReleases,
  releaseName,
  releaseStartedAt,
  ReleaseError,
} from './releases'

const base = mkdtempSync(path.join(tmpdir(), 'mao-releases-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

function setup() {
  const dir = mkdtempSync(path.join(base, 'case-'))
  return { releasesDir: path.join(dir, 'releases'), link: path.join(dir, 'current') }
}

function build(releasesDir: string, link: string, at: Date) {
  const release = prepareRelease(releasesDir, at)
  writeFileSync(path.join(release.buildDir, 'index.html'), release.name)
  publishRelease(release, link)
  return release
}

describe('releases', () => {
  it('builds into a .partial folder and publishes it through a relative symlink', () => {
    const { releasesDir, link } = setup()
    const release = prepareRelease(releasesDir, new Date('2026-11-23T16:53:10.123Z'))
    expect(release.buildDir).toBe(path.join(releasesDir, '2026-11-23T16-53-10-123Z.partial'))
    expect(currentRelease(link)).toBeUndefined()
    writeFileSync(path.join(release.buildDir, 'index.html'), 'x')
    publishRelease(release, link)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(path.join('releases', '2026-11-23T16-53-10-123Z'))
    expect(currentRelease(link)).toBe(release.finalDir)
    expect(existsSync(release.buildDir)).toBe(false)
    expect(readdirSync(path.dirname(link)).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('never reuses a folder name within the same millisecond', () => {
    const { releasesDir } = setup()
    const at = new Date('2026-11-23T16:53:10.123Z')
    expect(prepareRelease(releasesDir, at).name).not.toBe(prepareRelease(releasesDir, at).name)
  })

  it('keeps the newest releases and the live one, removing crashed builds but nothing else', () => {
    const { releasesDir, link } = setup()
    const releases = [1, 2, 3, 4, 5].map((minute) =>
      build(releasesDir, link, new Date(Date.UTC(2026, 10, 23, 16, minute))),
    )
    publishRelease({ ...releases[0]!, buildDir: releases[0]!.finalDir }, link)
    mkdirSync(path.join(releasesDir, '2026-11-23T17-00-00-000Z.partial'))
    mkdirSync(path.join(releasesDir, 'iets-anders'))
    pruneReleases(releasesDir, link, 3)
    expect(readdirSync(releasesDir).sort()).toEqual(
      [releases[0]!, releases[2]!, releases[3]!, releases[4]!]
        .map((release) => release.name)
        .concat('iets-anders')
        .sort(),
    )
    expect(currentRelease(link)).toBe(releases[0]!.finalDir)
  })

  it('removes the reports crashed builds left beside their releases, and nothing else', () => {
    const { releasesDir, link } = setup()
    const release = build(releasesDir, link, new Date('2026-11-23T10:00:00.000Z'))
    writeFileSync(`${release.finalDir}.report.json`, '{}')
    writeFileSync(path.join(releasesDir, '2026-11-23T11-00-00-000Z.report.json'), '{}')
    writeFileSync(path.join(releasesDir, 'notities.report.json'), '{}')
    pruneReleases(releasesDir, link, 3)
    expect(readdirSync(releasesDir).sort()).toEqual([release.name, 'notities.report.json'])
  })

  it('refuses to replace a real folder at the link path', () => {
    const { releasesDir, link } = setup()
    mkdirSync(link, { recursive: true })
    const release = prepareRelease(releasesDir)
    expect(() => publishRelease(release, link)).toThrow(ReleaseError)
    expect(existsSync(release.buildDir)).toBe(true)
  })
})

describe('releaseStartedAt', () => {
  it('reads the build start back from a release folder name', () => {
    const at = new Date('2026-11-23T16:53:10.123Z')
    expect(releaseStartedAt(releaseName(at))).toEqual(at)
    expect(releaseStartedAt(`${releaseName(at)}-2`)).toEqual(at)
    expect(releaseStartedAt(`${releaseName(at)}.partial`)).toBeUndefined()
    expect(releaseStartedAt('dist')).toBeUndefined()
  })
})
