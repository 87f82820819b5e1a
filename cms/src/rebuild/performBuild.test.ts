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
