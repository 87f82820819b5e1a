/**
 * `pnpm start`'s supervision with real processes but without Next: the real site server beside a
 * fake CMS that crashes or is killed.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { spawnGroup } from '../src/start/processes'
import { spawnSiteServer } from '../src/start/services'
import { supervise, type Supervisor } from '../src/start/supervise'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))
const fakeService = path.join(fixtures, 'fakeService.mjs')
const fast = { initialMs: 50, maxMs: 200, resetAfterMs: 60_000 }
const dir = mkdtempSync(path.join(tmpdir(), 'mao-supervise-'))
const running: Supervisor[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((supervisor) => supervisor.stop()))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Runs and is not a zombie (an orphan that init has not reaped yet has ended). */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Process ids the fake services wrote: one line per run, the service then its helper. */
const pidLines = (file: string): number[][] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ').map(Number))

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

const waitLong = { timeout: 20_000, interval: 50 }

describe('supervision', () => {
  it('keeps the site answering while the CMS is killed, and restarts the CMS with its helpers gone', async () => {
    const release = path.join(dir, 'release')
    mkdirSync(release)
    writeFileSync(path.join(release, 'index.html'), '<!doctype html><title>Laatste goede release</title>')
    const pidFile = path.join(dir, 'cms.pids')
    writeFileSync(pidFile, '')
    const [sitePort, cmsPort] = [await freePort(), await freePort()]
    const logs: string[] = []
    const log = (message: string) => logs.push(message)

    const site = supervise({
      name: 'site server',
      log,
      policy: fast,
      start: () => spawnSiteServer({ ...process.env, SITE_PORT: String(sitePort), SITE_CURRENT_LINK: release }),
    })
    const cms = supervise({
      name: 'CMS',
      log,
      policy: fast,
      start: () =>
        spawnGroup(process.execPath, [fakeService], {
          stdio: 'ignore',
          env: { ...process.env, PORT: String(cmsPort), PID_FILE: pidFile },
        }),
    })
    running.push(site, cms)
    const siteUrl = `http://127.0.0.1:${sitePort}/`
    const cmsUrl = `http://127.0.0.1:${cmsPort}/`
    await vi.waitFor(async () => expect((await get(siteUrl)).body).toContain('Laatste goede release'), waitLong)
    const firstCms = Number((await vi.waitFor(() => get(cmsUrl), waitLong)).body)
    const [[cmsPid, helperPid]] = pidLines(pidFile) as [[number, number]]
    expect(firstCms).toBe(cmsPid)

    process.kill(cmsPid, 'SIGKILL')
    await vi.waitFor(
      () => expect(logs).toContain('CMS stopped unexpectedly (killed by SIGKILL); restarting in 0.05 s'),
      waitLong,
    )
    expect(await get(siteUrl)).toMatchObject({ status: 200 })
    // The killed CMS's helper went with it, before the restart.
    expect(alive(helperPid)).toBe(false)

    const secondCms = Number((await vi.waitFor(() => get(cmsUrl), waitLong)).body)
    expect(secondCms).not.toBe(firstCms)
    expect(logs).toContain(`CMS restarted (pid ${secondCms})`)
    expect(await get(siteUrl)).toMatchObject({ status: 200 })
    expect(logs.filter((line) => line.startsWith('site server'))).toEqual([])

    await Promise.all([site.stop(), cms.stop()])
    await expect(fetch(siteUrl)).rejects.toThrow()
    const [, [lastPid, lastHelper]] = pidLines(pidFile) as [unknown, [number, number]]
    expect([alive(lastPid), alive(lastHelper)]).toEqual([false, false])
  })

  it('restarts a service that keeps crashing with growing delays', async () => {
    const logs: string[] = []
    const crashing = supervise({
      name: 'CMS',
      log: (message) => logs.push(message),
      policy: fast,
      start: () =>
        spawnGroup(process.execPath, [fakeService], { stdio: 'ignore', env: { ...process.env, CRASH: '3' } }),
    })
    running.push(crashing)
    await vi.waitFor(
      () => expect(logs.filter((line) => line.includes('exit code 3')).length).toBeGreaterThanOrEqual(4),
      waitLong,
    )
    const delays = logs.filter((line) => line.includes('exit code 3')).map((line) => line.match(/in ([\d.]+) s$/)?.[1])
    expect(delays.slice(0, 4)).toEqual(['0.05', '0.1', '0.2', '0.2'])
  })

  it('restarts a site server that died', async () => {
    const logs: string[] = []
    const sitePort = await freePort()
    const site = supervise({
      name: 'site server',
      log: (message) => logs.push(message),
      policy: fast,
      start: () => spawnSiteServer({ ...process.env, SITE_PORT: String(sitePort), SITE_CURRENT_LINK: dir }),
    })
    running.push(site)
    const url = `http://127.0.0.1:${sitePort}/healthz`
    await vi.waitFor(() => get(url), waitLong)
    process.kill(site.current()!.pid!, 'SIGKILL')
    await vi.waitFor(
      () => expect(logs[0]).toBe('site server stopped unexpectedly (killed by SIGKILL); restarting in 0.05 s'),
      waitLong,
    )
    await vi.waitFor(() => get(url), waitLong)
  })

  it('stops both services and their helpers on SIGTERM', async () => {
    const pidFile = path.join(dir, 'signal.pids')
    writeFileSync(pidFile, '')
    const supervisor = spawn(process.execPath, ['--import', 'tsx', path.join(fixtures, 'superviseTwo.ts')], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, PID_FILE: pidFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    supervisor.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)))
    await vi.waitFor(() => expect(pidLines(pidFile)).toHaveLength(2), waitLong)
    const pids = pidLines(pidFile).flat()
    expect(pids.every(alive)).toBe(true)

    supervisor.kill('SIGTERM')
    expect(await exited).toBe(143)
    expect(pids.filter(alive)).toEqual([])
    expect(output).toContain('[supervisor] SIGTERM: stopping one and two…')
    expect(output).not.toContain('stopped unexpectedly')
  })
})
