import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { BuildLog } from '@mao/shared/payload-types'
import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRebuildScheduler } from '../src/rebuild'
import { createUser, getTestPayload, startRestServer } from '../src/testing'
import { login } from './support/http'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-build-report-'))
const releasesDir = path.join(dir, 'releases')
Object.assign(process.env, {
  REBUILD_ENABLED: 'false',
  SITE_URL: 'https://www.example.org',
  SITE_RELEASES_DIR: releasesDir,
  SITE_CURRENT_LINK: path.join(dir, 'current'),
})

const node = JSON.stringify(process.execPath)

/**
 * A stand-in for the site build: waits until `gate` exists (when given), writes index.html and
 * `reportText` to the file SITE_BUILD_REPORT names, as the site does.
 */
function fakeBuild(reportText: string, gate?: string): string {
  // One line: the shell would pass a newline escape on to node as code.
  const code = [
    `const fs = require('fs'), path = require('path');`,
    `const finish = () => { fs.writeFileSync(path.join(process.env.SITE_OUT_DIR, 'index.html'), 'x'); fs.writeFileSync(process.env.SITE_BUILD_REPORT, ${JSON.stringify(reportText)}) };`,
    `const gate = ${JSON.stringify(gate ?? '')};`,
    `if (!gate) finish(); else { const timer = setInterval(() => { if (fs.existsSync(gate)) { clearInterval(timer); finish() } }, 20) }`,
  ].join(' ')
  return `${node} -e ${JSON.stringify(code)}`
}

const incremental: SiteBuildReport = {
  kind: 'incremental',
  pages: { rendered: 3, reused: 349 },
  renderedPaths: ['/', '/nieuws/', '/nieuws/nieuw-bericht/'],
}

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let token: string

async function newestLog(): Promise<BuildLog> {
  const { docs } = await payload.find({ collection: 'build-logs', sort: '-createdAt', limit: 1, overrideAccess: true })
  return docs[0]!
}

async function build(reportText: string): Promise<BuildLog> {
  process.env.SITE_BUILD_COMMAND = fakeBuild(reportText)
  getRebuildScheduler().request('Test', { payload, immediate: true })
  await getRebuildScheduler().whenIdle()
  return newestLog()
}

type Status = {
  state: string
  latest: { status: string; startedAt?: string; liveAt?: string } | null
  estimate: { kind: string | null; durationMs: number; basedOn: number } | null
  expectedLiveAt: string | null
  now: string
}

async function status(): Promise<Status> {
  const response = await fetch(`${api.url}/api/build-logs/status`, { headers: { authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  return (await response.json()) as Status
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  await createUser(payload, 'editor', 'redacteur-builds@example.org')
  token = await login(api, 'redacteur-builds@example.org')
})

afterAll(async () => {
  await getRebuildScheduler().whenIdle()
  await api.close()
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('the site’s build report in Sitebuilds', () => {
  it('records whether a build was incremental, what it rebuilt and when it went live', async () => {
    const log = await build(JSON.stringify(incremental))
    expect(log).toMatchObject({
      status: 'succeeded',
      kind: 'incremental',
      fullReason: null,
      pagesRendered: 3,
      pagesReused: 349,
      renderedPaths: '/\n/nieuws/\n/nieuws/nieuw-bericht/',
    })
    expect(Date.parse(log.liveAt!)).toBeGreaterThanOrEqual(Date.parse(log.startedAt!))
    expect(Date.parse(log.liveAt!)).toBeLessThanOrEqual(Date.parse(log.finishedAt!))
    expect(readdirSync(releasesDir).filter((name) => name.endsWith('.report.json'))).toEqual([])
  })

  it('records why a build was full', async () => {
    const full: SiteBuildReport = { ...incremental, kind: 'full', fullReason: 'Eerste build na een update' }
    expect(await build(JSON.stringify(full))).toMatchObject({ kind: 'full', fullReason: 'Eerste build na een update' })
  })

  it('publishes a build whose report is garbage, with no report on its log', async () => {
    const log = await build('geen json')
    expect(log).toMatchObject({ status: 'succeeded', kind: null, pagesRendered: null, renderedPaths: null })
    expect(log.liveAt).toBeTruthy()
    expect(log.logTail).toContain('onleesbaar en is genegeerd')
  })
})

describe('when a change will be live', () => {
  it('estimates it from recent builds of the same kind while a build runs, and says since when after', async () => {
    await payload.delete({ collection: 'build-logs', where: { id: { exists: true } }, overrideAccess: true })
    // Three earlier incremental builds that took 4, 6 and 8 seconds to go live: the median is 6.
    for (const seconds of [8, 4, 6]) {
      const startedAt = new Date(Date.now() - 60_000)
      await payload.create({
        collection: 'build-logs',
        data: {
          status: 'succeeded',
          mode: 'local',
          trigger: 'Eerder',
          kind: 'incremental',
          startedAt: startedAt.toISOString(),
          liveAt: new Date(startedAt.getTime() + seconds * 1000).toISOString(),
          durationMs: seconds * 1000 + 500,
        },
        overrideAccess: true,
      })
    }
    expect((await status()).expectedLiveAt).toBeNull()

    const gate = path.join(dir, 'verder')
    process.env.SITE_BUILD_COMMAND = fakeBuild(JSON.stringify(incremental), gate)
    getRebuildScheduler().request('Nieuwsbericht gepubliceerd', { payload, immediate: true })
    let running: Status | undefined
    try {
      await expect
        .poll(async () => {
          running = await status()
          return running.state === 'running' && running.latest?.status === 'running'
        })
        .toBe(true)
    } finally {
      // Let the build finish whatever happened above, or it would hold the test run.
      writeFileSync(gate, '')
    }
    expect(running!.estimate).toEqual({ kind: 'incremental', durationMs: 6000, basedOn: 3 })
    expect(Date.parse(running!.expectedLiveAt!)).toBe(Date.parse(running!.latest!.startedAt!) + 6000)

    await getRebuildScheduler().whenIdle()
    const done = await status()
    expect(done.state).toBe('idle')
    expect(done.expectedLiveAt).toBeNull()
    expect(done.latest).toMatchObject({ status: 'succeeded', liveAt: expect.any(String) })
  })
})
