import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildLog } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import { currentRelease, getRebuildScheduler } from '@mao/cms/rebuild'
import { createUser, getTestPayload, startRestServer } from '@mao/cms/testing'
import { startSiteServer, type SiteServer } from '@mao/scripts/site-server'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-rebuild-'))
const releasesDir = path.join(dir, 'releases')
const currentLink = path.join(dir, 'current')
const DEBOUNCE_MS = 400
Object.assign(process.env, {
  REBUILD_ENABLED: 'false',
  REBUILD_DEBOUNCE_MS: String(DEBOUNCE_MS),
  SITE_RELEASES_DIR: releasesDir,
  SITE_CURRENT_LINK: currentLink,
  SITE_BUILD_COMMAND: `"${process.execPath}" "${path.join(import.meta.dirname, '../support/fakeSiteBuild.mjs')}"`,
})

const body = richText([{ p: 'Tekst' }])
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let payload: Payload
let api: Awaited<ReturnType<typeof startRestServer>>
let site: SiteServer
let editorToken: string
let existingId: number | string

const scheduler = () => getRebuildScheduler()

async function rest(method: string, pathname: string, { token, json }: { token?: string; json?: unknown } = {}) {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (json !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${api.url}${pathname}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  })
}

async function publishNews(title: string): Promise<{ id: number | string }> {
  const response = await rest('POST', '/api/news', {
    token: editorToken,
    json: { title, summary: 's', body, _status: 'published' },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number | string } }).doc
}

const buildLogs = async (): Promise<BuildLog[]> =>
  (await payload.find({ collection: 'build-logs', sort: 'createdAt', limit: 100, overrideAccess: true })).docs

const homepage = async () => (await fetch(`${site.url}/`)).text()

/** Waits until the site server serves a page containing `text`; returns how long that took. */
async function waitForSite(text: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${site.url}/`)
    if (response.status === 200 && (await response.text()).includes(text)) return Date.now() - started
    await sleep(100)
  }
  throw new Error(`"${text}" did not appear on the site within ${timeoutMs} ms`)
}

/** Long enough for a debounced request to have fired if anything had asked for one. */
async function settle(): Promise<void> {
  await sleep(DEBOUNCE_MS * 3)
  await scheduler().whenIdle()
}

const releaseFolders = () =>
  existsSync(releasesDir)
    ? readdirSync(releasesDir)
        .filter((name) => !name.startsWith('.'))
        .sort()
    : []

beforeAll(async () => {
  payload = await getTestPayload()
  api = await startRestServer()
  process.env.CMS_URL = api.url
  site = await startSiteServer({ port: 0, host: '127.0.0.1', root: currentLink })
  await createUser(payload, 'admin')
  await createUser(payload, 'editor')
  const login = await rest('POST', '/api/users/login', {
    json: { email: 'editor@example.org', password: 'correct-horse-battery-staple' },
  })
  editorToken = ((await login.json()) as { token: string }).token
  const existing = await payload.create({
    collection: 'news',
    data: { title: 'Bestaand bericht', summary: 's', body, _status: 'published' },
  })
  existingId = existing.id
  process.env.REBUILD_ENABLED = 'true'
})

afterAll(async () => {
  await scheduler().whenIdle()
  await site.close()
  await api.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('build logs access', () => {
  it('keeps build logs and the rebuild endpoint away from anonymous users', async () => {
    expect((await rest('GET', '/api/build-logs')).status).toBe(403)
    expect((await rest('GET', '/api/build-logs/status')).status).toBe(401)
    const rebuild = await rest('POST', '/api/build-logs/rebuild')
    expect(rebuild.status).toBe(401)
    expect(JSON.stringify(await rebuild.json())).toContain('Log in')
    expect(scheduler().state).toBe('idle')
  })

  it('lets nobody write build logs through the API', async () => {
    const created = await rest('POST', '/api/build-logs', {
      token: editorToken,
      json: { status: 'succeeded', trigger: 'nep' },
    })
    expect(created.status).toBe(403)
    expect(await buildLogs()).toEqual([])
  })
})

describe('rebuild on publish', () => {
  it('ignores draft saves, including a draft saved over a published document', async () => {
    const draft = await rest('POST', '/api/news?draft=true', {
      token: editorToken,
      json: { title: 'Alleen concept', summary: 's', body, _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const overPublished = await rest('PATCH', `/api/news/${existingId}?draft=true`, {
      token: editorToken,
      json: { title: 'Bestaand bericht (concept)' },
    })
    expect(overPublished.status).toBe(200)
    await settle()
    expect(await buildLogs()).toEqual([])
    expect(currentRelease(currentLink)).toBeUndefined()
    expect((await fetch(`${site.url}/`)).status).toBe(503)
  })

  it('builds and serves the site within 60 s after a publish through REST', async () => {
    await publishNews('Eerste publicatie')
    const elapsed = await waitForSite('Eerste publicatie')
    console.log(`publish → served: ${elapsed} ms (debounce ${DEBOUNCE_MS} ms)`)
    expect(elapsed).toBeLessThan(60_000)
    const page = await homepage()
    expect(page).toContain('Bestaand bericht')
    expect(page).not.toContain('(concept)')
    expect(page).not.toContain('Alleen concept')
    await scheduler().whenIdle()
    const [log] = await buildLogs()
    expect(log).toMatchObject({
      status: 'succeeded',
      mode: 'local',
      trigger: 'Nieuwsbericht “Eerste publicatie” gepubliceerd',
    })
    expect(log?.release).toBe(path.basename(currentRelease(currentLink) ?? ''))
    expect(log?.durationMs).toBeGreaterThan(0)
    expect(log?.logTail).toContain('berichten geschreven')
  }, 90_000)

  it('gives at most two builds for five publishes within one quiet period', async () => {
    // Longer than the five publishes take, also on a busy CI machine.
    process.env.REBUILD_DEBOUNCE_MS = '2000'
    try {
      const before = (await buildLogs()).length
      for (const n of [1, 2, 3, 4, 5]) {
        await publishNews(`Reeks ${n}`)
        await sleep(100)
      }
      await scheduler().whenIdle()
      const builds = (await buildLogs()).slice(before)
      expect(builds.length).toBeGreaterThanOrEqual(1)
      expect(builds.length).toBeLessThanOrEqual(2)
      expect(builds.every((build) => build.status === 'succeeded')).toBe(true)
      const page = await homepage()
      for (const n of [1, 2, 3, 4, 5]) expect(page).toContain(`Reeks ${n}`)
    } finally {
      process.env.REBUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)
    }
  }, 60_000)

  it('rebuilds when a published document with a pending draft is unpublished', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      where: { title: { equals: 'Reeks 3' } },
      overrideAccess: true,
    })
    const id = docs[0]!.id
    const before = (await buildLogs()).length
    await rest('PATCH', `/api/news/${id}?draft=true`, { token: editorToken, json: { summary: 'nieuwe samenvatting' } })
    await settle()
    expect((await buildLogs()).length).toBe(before)
    const unpublish = await rest('PATCH', `/api/news/${id}`, { token: editorToken, json: { _status: 'draft' } })
    expect(unpublish.status).toBe(200)
    await settle()
    const builds = (await buildLogs()).slice(before)
    expect(builds).toHaveLength(1)
    expect(builds[0]?.trigger).toBe('Nieuwsbericht “Reeks 3” offline gehaald')
    expect(await homepage()).not.toContain('Reeks 3')
  })

  it('rebuilds once for deleting a published document and updating a global together', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      where: { title: { equals: 'Reeks 2' } },
      overrideAccess: true,
    })
    const before = (await buildLogs()).length
    expect((await rest('DELETE', `/api/news/${docs[0]!.id}`, { token: editorToken })).status).toBe(200)
    expect(
      (await rest('POST', '/api/globals/home', { token: editorToken, json: { heroTitle: 'Welkom' } })).status,
    ).toBe(200)
    await settle()
    const builds = (await buildLogs()).slice(before)
    expect(builds).toHaveLength(1)
    expect(builds[0]?.trigger).toBe('Nieuwsbericht “Reeks 2” verwijderd; Homepage bijgewerkt')
    expect(await homepage()).not.toContain('Reeks 2')
  })

  it('keeps the previous release online and records the failure when the CMS cannot be reached', async () => {
    const live = currentRelease(currentLink)
    const pageBefore = await homepage()
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    process.env.CMS_URL = deadUrl
    try {
      await publishNews('Onbereikbaar')
      await settle()
    } finally {
      process.env.CMS_URL = api.url
    }
    const latest = (await buildLogs()).at(-1)
    expect(latest?.status).toBe('failed')
    expect(latest?.trigger).toBe('Nieuwsbericht “Onbereikbaar” gepubliceerd')
    expect(latest?.logTail).toContain(`Inhoud ophalen van ${deadUrl}`)
    expect(latest?.logTail).toMatch(/fetch failed|ECONNREFUSED/)
    expect(latest?.logTail).toContain('de vorige versie blijft online')
    expect(latest?.release).toBeFalsy()
    expect(currentRelease(currentLink)).toBe(live)
    expect(await homepage()).toBe(pageBefore)
    expect(readdirSync(releasesDir).filter((name) => name.endsWith('.partial'))).toEqual([])
  })

  it('lets a logged-in user rebuild by hand and see the status', async () => {
    const response = await rest('POST', '/api/build-logs/rebuild', { token: editorToken })
    expect(response.status).toBe(202)
    await waitForSite('Onbereikbaar')
    await scheduler().whenIdle()
    const latest = (await buildLogs()).at(-1)
    expect(latest).toMatchObject({ status: 'succeeded', trigger: 'Handmatig (Test editor)' })
    const status = await rest('GET', '/api/build-logs/status', { token: editorToken })
    expect(await status.json()).toMatchObject({
      enabled: true,
      mode: 'local',
      state: 'idle',
      latest: { status: 'succeeded' },
    })
    const list = await rest('GET', '/api/build-logs', { token: editorToken })
    expect(list.status).toBe(200)
  })

  it('refuses a manual rebuild while rebuilding is switched off', async () => {
    process.env.REBUILD_ENABLED = 'false'
    try {
      const before = (await buildLogs()).length
      const response = await rest('POST', '/api/build-logs/rebuild', { token: editorToken })
      expect(response.status).toBe(503)
      await publishNews('Terwijl uitgeschakeld')
      await settle()
      expect((await buildLogs()).length).toBe(before)
    } finally {
      process.env.REBUILD_ENABLED = 'true'
    }
  })

  it('keeps the last three releases', () => {
    expect(releaseFolders()).toHaveLength(3)
    expect(releaseFolders()).toContain(path.basename(currentRelease(currentLink) ?? ''))
  })
})

describe('deploy hook', () => {
  let hook: Server
  let hookUrl: string
  const calls: { method?: string; url?: string; body: string }[] = []
  let answer = 200

  beforeAll(async () => {
    hook = createServer((request, response) => {
      let text = ''
      request.on('data', (chunk: Buffer) => (text += chunk.toString()))
      request.on('end', () => {
        calls.push({ method: request.method, url: request.url, body: text })
        response.statusCode = answer
        response.end(answer === 200 ? '{"job":"gestart"}' : 'kapot')
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build_hooks/geheim-token-123`
    process.env.SITE_BUILD_HOOK_URL = hookUrl
  })

  afterAll(async () => {
    delete process.env.SITE_BUILD_HOOK_URL
    await new Promise((resolve) => hook.close(resolve))
  })

  it('POSTs to SITE_BUILD_HOOK_URL instead of building, once per quiet period', async () => {
    const releasesBefore = releaseFolders()
    await publishNews('Via hook 1')
    await publishNews('Via hook 2')
    await settle()
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/build_hooks/geheim-token-123' })
    expect(JSON.parse(calls[0]!.body)).toMatchObject({
      trigger: 'Nieuwsbericht “Via hook 1” gepubliceerd; Nieuwsbericht “Via hook 2” gepubliceerd',
    })
    const latest = (await buildLogs()).at(-1)
    expect(latest).toMatchObject({ status: 'succeeded', mode: 'hook' })
    expect(latest?.logTail).toContain('HTTP 200')
    expect(latest?.logTail).not.toContain('geheim-token')
    expect(releaseFolders()).toEqual(releasesBefore)
    expect(await homepage()).not.toContain('Via hook')
  })

  it('records a failed build when the deploy hook answers with an error', async () => {
    answer = 500
    await publishNews('Via hook 3')
    await settle()
    expect(calls).toHaveLength(2)
    const latest = (await buildLogs()).at(-1)
    expect(latest?.status).toBe('failed')
    expect(latest?.logTail).toContain('HTTP 500')
  })
})

describe('builds when the CMS server starts', () => {
  /** What Payload runs once when the CMS server starts: the config's onInit, plugins included. */
  const startCms = async () => {
    await payload.config.onInit?.(payload)
    await scheduler().whenIdle()
  }

  afterAll(() => {
    delete process.env.REBUILD_ON_START
  })

  it('does not build when Payload starts outside the CMS server (tests, seed, command-line tools)', async () => {
    unlinkSync(currentLink)
    const before = (await buildLogs()).length
    await startCms()
    await settle()
    expect((await buildLogs()).length).toBe(before)
    expect((await fetch(`${site.url}/`)).status).toBe(503)
  })

  it('builds at once when no release is online, recorded in Sitebuilds', async () => {
    process.env.REBUILD_ON_START = 'true'
    const before = (await buildLogs()).length
    await startCms()
    expect(await homepage()).toContain('Eerste publicatie')
    const logs = (await buildLogs()).slice(before)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ status: 'succeeded', trigger: 'Eerste build (nog geen site online)' })
    expect(logs[0]?.release).toBe(path.basename(currentRelease(currentLink) ?? ''))
  })

  it('rebuilds with the current content when a release is online, recorded too', async () => {
    process.env.REBUILD_ON_START = 'true'
    const live = currentRelease(currentLink)
    const before = (await buildLogs()).length
    await startCms()
    const logs = (await buildLogs()).slice(before)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({
      status: 'succeeded',
      trigger: 'Start: site opnieuw gebouwd met de actuele inhoud',
    })
    expect(currentRelease(currentLink)).not.toBe(live)
  })
})
