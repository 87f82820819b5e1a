import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildLog } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import { currentRelease, getRebuildScheduler } from '@mao/cms/rebuild'
import { getTestPayload, startRestServer } from '@mao/cms/testing'
import { startSiteServer, type SiteServer } from '@mao/scripts/site-server'

/**
 * Faults during a site build: the CMS down or failing, and the process running the build killed.
 * Whatever happens, the last complete release stays online and editors see in Sitebuilds why.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'mao-rebuild-faults-'))
const releasesDir = path.join(dir, 'releases')
const currentLink = path.join(dir, 'current')
const fakeBuild = `"${process.execPath}" "${path.join(import.meta.dirname, '../support/fakeSiteBuild.mjs')}"`
Object.assign(process.env, {
  // Only the builds these tests ask for, no rebuilds on publish.
  REBUILD_ENABLED: 'false',
  SITE_RELEASES_DIR: releasesDir,
  SITE_CURRENT_LINK: currentLink,
  SITE_BUILD_COMMAND: fakeBuild,
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let site: SiteServer

const buildLogs = async (): Promise<BuildLog[]> =>
  (await payload.find({ collection: 'build-logs', sort: 'createdAt', limit: 100, overrideAccess: true })).docs

const homepage = async () => (await fetch(`${site.url}/`)).text()

const partials = () => readdirSync(releasesDir).filter((name) => name.endsWith('.partial'))

/** One build through the scheduler, as the admin button asks for it; resolves with its record. */
async function build(reason: string): Promise<BuildLog | undefined> {
  getRebuildScheduler().request(reason, { payload, immediate: true })
  await getRebuildScheduler().whenIdle()
  return (await buildLogs()).at(-1)
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 1200; tries++) {
    const value = await probe()
    if (value !== undefined) return value
    await sleep(50)
  }
  throw new Error(`gave up waiting for ${what}`)
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  process.env.CMS_URL = api.url
  site = await startSiteServer({ port: 0, host: '127.0.0.1', root: currentLink })
  await payload.create({
    collection: 'news',
    data: { title: 'Goed bericht', summary: 's', body: richText([{ p: 'Tekst' }]), _status: 'published' },
  })
  expect(await build('Eerste build')).toMatchObject({ status: 'succeeded' })
  expect(await homepage()).toContain('Goed bericht')
})

afterAll(async () => {
  await getRebuildScheduler().whenIdle()
  await site?.close()
  await api?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the CMS fails during a build', () => {
  const cases = [
    {
      fault: 'answers 500',
      answer: (response: ServerResponse) => {
        response.statusCode = 500
        response.setHeader('content-type', 'application/json')
        response.end('{"errors":[{"message":"Something went wrong."}]}')
      },
      reason: /CMS antwoordde 500: .*Something went wrong/,
    },
    {
      fault: 'is down',
      answer: undefined,
      reason: /fetch failed|ECONNREFUSED/,
    },
  ]

  for (const { fault, answer, reason } of cases) {
    it(`keeps the last good release online and records why when the CMS ${fault}`, async () => {
      const live = currentRelease(currentLink)
      const pageBefore = await homepage()
      const cms = createServer((_, response) => answer?.(response))
      await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
      if (!answer) await new Promise((resolve) => cms.close(resolve))
      process.env.CMS_URL = url
      let record: BuildLog | undefined
      try {
        record = await build(`CMS ${fault}`)
      } finally {
        process.env.CMS_URL = api.url
        if (answer) await new Promise((resolve) => cms.close(resolve))
      }
      expect(record).toMatchObject({ status: 'failed', trigger: `CMS ${fault}` })
      expect(record?.release).toBeFalsy()
      expect(record?.logTail).toContain(`Inhoud ophalen van ${url}`)
      expect(record?.logTail).toMatch(reason)
      expect(record?.logTail).toContain('de vorige versie blijft online')
      expect(currentRelease(currentLink)).toBe(live)
      expect(await homepage()).toBe(pageBefore)
      expect(partials()).toEqual([])
    })
  }
})

describe('the process running a build is killed with SIGKILL', () => {
  it('serves no half release, recovers the lock and records the killed build as failed', async () => {
    const live = currentRelease(currentLink)
    const pageBefore = await homepage()
    const cms = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, '../support/buildInChild.ts'), 'Build die wordt afgebroken'],
      {
        cwd: path.join(import.meta.dirname, '..'),
        env: { ...process.env, SITE_BUILD_COMMAND: `${fakeBuild} --hold`, DATABASE_PUSH: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    cms.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    cms.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise((resolve) => cms.on('exit', resolve))
    let orphan: number | undefined
    try {
      // Mid-build: the child holds the lock and its build has written half a page.
      const pidFile = await waitFor(`the child's build to start (output: ${output})`, () => {
        const partial = existsSync(releasesDir) ? partials()[0] : undefined
        const file = partial && path.join(releasesDir, partial, 'build.pid')
        return file && existsSync(file) ? file : undefined
      })
      orphan = Number(readFileSync(pidFile, 'utf8'))
      const killed = (await buildLogs()).at(-1)
      expect(killed).toMatchObject({ status: 'running', trigger: 'Build die wordt afgebroken' })
      cms.kill('SIGKILL')
      await exited

      expect(currentRelease(currentLink)).toBe(live)
      expect(await homepage()).toBe(pageBefore)
      const lock = JSON.parse(readFileSync(path.join(releasesDir, '.build.lock'), 'utf8')) as { pid: number }
      expect(lock.pid).toBe(cms.pid)

      // The next build neither waits for the dead process nor serves its half page.
      const next = await build('Na de crash')
      expect(next).toMatchObject({ status: 'succeeded', trigger: 'Na de crash' })
      expect(next?.logTail).toContain(`Vorige sitebuild (proces ${cms.pid}) is afgebroken`)
      expect(await homepage()).toContain('Goed bericht')
      expect(await homepage()).not.toContain('half geschreven')
      expect(currentRelease(currentLink)).not.toBe(live)
      const record = (await buildLogs()).find((log) => log.id === killed?.id)
      expect(record).toMatchObject({ status: 'failed' })
      expect(record?.logTail).toContain('Afgebroken')
      expect(record?.finishedAt).toBeTruthy()
      expect(existsSync(path.join(releasesDir, '.build.lock'))).toBe(false)
      expect(partials()).toEqual([])
    } finally {
      cms.kill('SIGKILL')
      // The build the dead CMS started lives on in its own process group; stop it.
      if (orphan) {
        try {
          process.kill(orphan, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }
  }, 90_000)
})
