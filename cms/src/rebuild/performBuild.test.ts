import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BuildOutcome, BuildRecorder } from './buildRecorder'
import { lockFile, performBuild } from './performBuild'
import { currentRelease } from './releases'
import type { RebuildSettings } from './settings'

const base = mkdtempSync(path.join(tmpdir(), 'mao-build-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

const node = JSON.stringify(process.execPath)
const script = (code: string) => `${node} -e ${JSON.stringify(code)}`

function settingsFor(buildCommand: string, overrides: Partial<RebuildSettings> = {}): RebuildSettings {
  const dir = mkdtempSync(path.join(base, 'case-'))
  return {
    enabled: true,
    debounceMs: 0,
    releasesDir: path.join(dir, 'releases'),
    currentLink: path.join(dir, 'current'),
    keepReleases: 3,
    timeoutMs: 20_000,
    buildCommand,
    hookUrl: undefined,
    repoRoot: dir,
    cmsUrl: 'http://127.0.0.1:9',
    siteUrl: 'https://www.example.org',
    ...overrides,
  }
}

function memoryRecorder() {
  const events: string[] = []
  let outcome: BuildOutcome | undefined
  const recorder: BuildRecorder = {
    queued: async ({ trigger }) => {
      events.push(`queued ${trigger}`)
      return 'build-1'
    },
    running: async () => void events.push('running'),
    finished: async (result) => {
      events.push(`finished ${result.status}`)
      outcome = result
    },
    abandoned: async (build, reason) => void events.push(`abandoned ${build}: ${reason}`),
  }
  return { recorder, events, outcome: () => outcome }
}

const writeIndex = (text: string) =>
  script(
    `require('fs').writeFileSync(require('path').join(process.env.SITE_OUT_DIR, 'index.html'), ${JSON.stringify(text)} + process.env.SITE_URL); console.log('klaar')`,
  )

describe('performBuild', () => {
  it('builds into a new release, makes it live and records the steps', async () => {
    const settings = settingsFor(writeIndex('hallo '))
    const memory = memoryRecorder()
    const outcome = await performBuild({
      reasons: ['Nieuwsbericht “A” gepubliceerd'],
      settings,
      recorder: memory.recorder,
    })
    expect(memory.events).toEqual(['queued Nieuwsbericht “A” gepubliceerd', 'running', 'finished succeeded'])
    expect(outcome.status).toBe('succeeded')
    expect(outcome.logTail).toContain('klaar')
    const live = currentRelease(settings.currentLink)
    expect(live && path.basename(live)).toBe(outcome.release)
    expect(readFileSync(path.join(settings.currentLink, 'index.html'), 'utf8')).toBe('hallo https://www.example.org')
  })

  it('keeps the previous release when the build fails, and records the output', async () => {
    const settings = settingsFor(writeIndex('eerste '))
    await performBuild({ reasons: ['een'], settings, recorder: memoryRecorder().recorder })
    const before = currentRelease(settings.currentLink)
    settings.buildCommand = script(
      `require('fs').writeFileSync(require('path').join(process.env.SITE_OUT_DIR, 'index.html'), 'half'); console.error('Kan CMS niet bereiken'); process.exit(1)`,
    )
    const memory = memoryRecorder()
    const outcome = await performBuild({ reasons: ['twee'], settings, recorder: memory.recorder })
    expect(outcome.status).toBe('failed')
    expect(outcome.logTail).toContain('Kan CMS niet bereiken')
    expect(outcome.logTail).toContain('exitcode 1')
    expect(currentRelease(settings.currentLink)).toBe(before)
    expect(readdirSync(settings.releasesDir).filter((name) => !name.startsWith('.'))).toEqual([path.basename(before!)])
  })

  it('keeps the previous release when the build process is killed with SIGKILL', async () => {
    const settings = settingsFor(writeIndex('eerste '))
    await performBuild({ reasons: ['een'], settings, recorder: memoryRecorder().recorder })
    const before = currentRelease(settings.currentLink)
    settings.buildCommand = script(
      `require('fs').writeFileSync(require('path').join(process.env.SITE_OUT_DIR, 'index.html'), 'half'); process.kill(process.pid, 'SIGKILL')`,
    )
    const outcome = await performBuild({ reasons: ['twee'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('failed')
    expect(outcome.logTail).toMatch(/gestopt met SIGKILL|exitcode 137/)
    expect(currentRelease(settings.currentLink)).toBe(before)
    expect(readdirSync(settings.releasesDir).filter((name) => !name.startsWith('.'))).toEqual([path.basename(before!)])
    expect(existsSync(lockFile(settings))).toBe(false)
  })

  it('takes over the lock of a build whose process died, and records that build as failed', async () => {
    const settings = settingsFor(writeIndex('na de crash '))
    mkdirSync(settings.releasesDir, { recursive: true })
    writeFileSync(
      lockFile(settings),
      JSON.stringify({ pid: 2 ** 22 + 4321, host: hostname(), since: Date.now(), build: 'build-0' }),
    )
    const memory = memoryRecorder()
    const outcome = await performBuild({ reasons: ['herstart'], settings, recorder: memory.recorder })
    expect(outcome.status).toBe('succeeded')
    expect(memory.events).toContainEqual(expect.stringMatching(/^abandoned build-0: Afgebroken/))
    expect(outcome.logTail).toContain(`Vorige sitebuild (proces ${2 ** 22 + 4321}) is afgebroken`)
    expect(existsSync(lockFile(settings))).toBe(false)
  })

  it('fails a build that writes no index.html', async () => {
    const settings = settingsFor(script('console.log("niets")'))
    const outcome = await performBuild({ reasons: ['leeg'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('failed')
    expect(outcome.logTail).toContain('geen index.html')
    expect(currentRelease(settings.currentLink)).toBeUndefined()
  })

  it('stops a build that takes too long', async () => {
    const settings = settingsFor(script('setInterval(() => {}, 1000)'), { timeoutMs: 300 })
    const started = Date.now()
    const outcome = await performBuild({ reasons: ['traag'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('failed')
    expect(outcome.logTail).toContain('langer dan')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('passes the CMS address and no secrets to the build', async () => {
    const settings = settingsFor(
      script(
        `console.log('CMS=' + process.env.CMS_URL + ' SECRET=' + (process.env.PAYLOAD_SECRET ?? 'geen')); require('fs').writeFileSync(require('path').join(process.env.SITE_OUT_DIR, 'index.html'), 'x')`,
      ),
    )
    const outcome = await performBuild({ reasons: ['env'], settings, recorder: memoryRecorder().recorder })
    expect(process.env.PAYLOAD_SECRET).toBeTruthy()
    expect(outcome.logTail).toContain('CMS=http://127.0.0.1:9 SECRET=geen')
  })
})

describe('performBuild: the site’s build report', () => {
  const report = {
    kind: 'incremental',
    pages: { rendered: 2, reused: 40 },
    renderedPaths: ['/', '/nieuws/a/'],
  }
  /** Writes index.html and `reportText` to SITE_BUILD_REPORT, and prints where that file is. */
  const buildWithReport = (reportText: string) =>
    script(
      `const fs = require('fs'), path = require('path'); fs.writeFileSync(path.join(process.env.SITE_OUT_DIR, 'index.html'), 'x'); fs.writeFileSync(process.env.SITE_BUILD_REPORT, ${JSON.stringify(reportText)}); console.log('RAPPORT=' + process.env.SITE_BUILD_REPORT)`,
    )
  const reportPath = (logTail: string) => /^RAPPORT=(.*)$/m.exec(logTail)?.[1]

  it('gives the build a report file beside its release, reads it onto the outcome and deletes it', async () => {
    const settings = settingsFor(buildWithReport(JSON.stringify(report)))
    const outcome = await performBuild({ reasons: ['rapport'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.report).toEqual(report)
    expect(outcome.liveAt).toBeInstanceOf(Date)
    expect(reportPath(outcome.logTail)).toBe(path.join(settings.releasesDir, `${outcome.release}.report.json`))
    expect(readdirSync(settings.releasesDir).filter((name) => !name.startsWith('.'))).toEqual([outcome.release])
    expect(readdirSync(path.join(settings.releasesDir, outcome.release!))).toEqual(['index.html'])
  })

  it('still publishes a build whose report is unreadable, says so in the log and deletes it', async () => {
    const settings = settingsFor(buildWithReport('{ "kind": "incrementeel", kapot'))
    const outcome = await performBuild({ reasons: ['rommel'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.report).toBeUndefined()
    expect(outcome.logTail).toContain('.report.json is onleesbaar en is genegeerd')
    expect(existsSync(reportPath(outcome.logTail)!)).toBe(false)
    expect(currentRelease(settings.currentLink) && path.basename(currentRelease(settings.currentLink)!)).toBe(
      outcome.release,
    )
  })

  it('records no report for a build that writes none, and none for a failed build', async () => {
    const settings = settingsFor(writeIndex('zonder rapport '))
    const outcome = await performBuild({ reasons: ['geen'], settings, recorder: memoryRecorder().recorder })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.report).toBeUndefined()
    expect(outcome.logTail).not.toContain('onleesbaar')

    settings.buildCommand = script(
      `require('fs').writeFileSync(process.env.SITE_BUILD_REPORT, ${JSON.stringify(JSON.stringify(report))}); process.exit(1)`,
    )
    const failed = await performBuild({ reasons: ['mislukt'], settings, recorder: memoryRecorder().recorder })
    expect(failed.status).toBe('failed')
    expect(failed.report).toBeUndefined()
    expect(failed.liveAt).toBeUndefined()
    expect(readdirSync(settings.releasesDir).filter((name) => name.endsWith('.report.json'))).toEqual([])
  })
})

describe('performBuild: link check', () => {
  const brokenLink = { page: '/index.html', attribute: 'href', url: '/weg/', reason: 'no such file' }

  it('checks the links of the new live release and records the broken ones', async () => {
    const settings = settingsFor(writeIndex('hallo '))
    const checked: string[] = []
    const outcome = await performBuild({
      reasons: ['links'],
      settings,
      recorder: memoryRecorder().recorder,
      checkLinks: async (dir) => {
        checked.push(readFileSync(path.join(dir, 'index.html'), 'utf8'))
        return { broken: [brokenLink] }
      },
    })
    expect(checked).toEqual(['hallo https://www.example.org'])
    expect(outcome.status).toBe('succeeded')
    expect(outcome.linkCheck).toEqual({
      status: 'checked',
      brokenCount: 1,
      brokenLinks: [{ page: '/', url: '/weg/', reason: 'Pagina of bestand bestaat niet' }],
    })
    expect(outcome.logTail).toContain('Linkcontrole: 1 kapotte link')
  })

  it('keeps the release live when the check throws, and says so in the log', async () => {
    const settings = settingsFor(writeIndex('hallo '))
    const outcome = await performBuild({
      reasons: ['links'],
      settings,
      recorder: memoryRecorder().recorder,
      checkLinks: async () => {
        throw new Error('worker kapot')
      },
    })
    expect(outcome.status).toBe('succeeded')
    expect(outcome.linkCheck).toEqual({ status: 'failed', error: 'worker kapot' })
    expect(outcome.logTail).toContain('Linkcontrole mislukt: worker kapot')
    const live = currentRelease(settings.currentLink)
    expect(live && path.basename(live)).toBe(outcome.release)
  })

  it('checks nothing when the build failed', async () => {
    const settings = settingsFor(script('process.exit(1)'))
    let calls = 0
    const outcome = await performBuild({
      reasons: ['mislukt'],
      settings,
      recorder: memoryRecorder().recorder,
      checkLinks: async () => {
        calls += 1
        return { broken: [] }
      },
    })
    expect(outcome.status).toBe('failed')
    expect(calls).toBe(0)
    expect(outcome.linkCheck).toBeUndefined()
  })
})
