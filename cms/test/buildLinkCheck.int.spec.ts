import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { BuildLog } from '@mao/shared/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brokenLinks } from '../src/dashboard'
import { currentRelease, getRebuildScheduler } from '../src/rebuild'
import { getTestPayload } from '../src/testing'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-linkcheck-build-'))
const currentLink = path.join(dir, 'current')
const SITE = 'https://www.example.org'
Object.assign(process.env, {
  REBUILD_ENABLED: 'false',
  SITE_URL: SITE,
  SITE_RELEASES_DIR: path.join(dir, 'releases'),
  SITE_CURRENT_LINK: currentLink,
})

/** A stand-in for the site build: writes the given files into SITE_OUT_DIR. */
function fakeBuild(files: Record<string, string>): string {
  const code = `const fs = require('fs'), path = require('path'); for (const [name, text] of Object.entries(${JSON.stringify(files)})) { const file = path.join(process.env.SITE_OUT_DIR, name); fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, text) }`
  return `${JSON.stringify(process.execPath)} -e ${JSON.stringify(code)}`
}

let payload: Payload

async function build(files: Record<string, string>): Promise<BuildLog> {
  process.env.SITE_BUILD_COMMAND = fakeBuild(files)
  getRebuildScheduler().request('Test', { payload, immediate: true })
  await getRebuildScheduler().whenIdle()
  const { docs } = await payload.find({ collection: 'build-logs', sort: '-createdAt', limit: 1, overrideAccess: true })
  return docs[0]!
}

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await getRebuildScheduler().whenIdle()
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('link check after a site build', () => {
  it('says there was no check before any build', async () => {
    expect(await brokenLinks(payload)).toEqual({ kind: 'none' })
  })

  it('records the broken links on the build log, and the dashboard shows them', async () => {
    const log = await build({
      'index.html': `<a href="/nieuws/">Nieuws</a> <a href="${SITE}/verdwenen/">Oud</a>`,
      'nieuws/index.html': '<a href="/">Home</a> <a href="/#geen-anker">Terug</a>',
    })
    expect(log).toMatchObject({ status: 'succeeded', linkCheck: 'checked', brokenLinkCount: 2 })
    expect(log.brokenLinks?.map(({ page, url, reason }) => ({ page, url, reason }))).toEqual([
      { page: '/', url: `${SITE}/verdwenen/`, reason: 'Pagina of bestand bestaat niet' },
      { page: '/nieuws/', url: '/#geen-anker', reason: 'Geen plek met id “geen-anker” op die pagina' },
    ])
    expect(log.logTail).toContain('Linkcontrole: 2 kapotte links')

    expect(await brokenLinks(payload)).toEqual({
      kind: 'checked',
      count: 2,
      links: [
        {
          page: '/',
          pageUrl: `${SITE}/`,
          url: `${SITE}/verdwenen/`,
          reason: 'Pagina of bestand bestaat niet',
        },
        {
          page: '/nieuws/',
          pageUrl: `${SITE}/nieuws/`,
          url: '/#geen-anker',
          reason: 'Geen plek met id “geen-anker” op die pagina',
        },
      ],
      href: `/admin/collections/build-logs/${log.id}`,
    })
  })

  it('follows the newest successful build: a clean one, not a failed one after it', async () => {
    const clean = await build({ 'index.html': '<a href="/">Home</a>' })
    expect(clean).toMatchObject({ status: 'succeeded', linkCheck: 'checked', brokenLinkCount: 0, brokenLinks: [] })
    process.env.SITE_BUILD_COMMAND = `${JSON.stringify(process.execPath)} -e "process.exit(1)"`
    getRebuildScheduler().request('Mislukt', { payload, immediate: true })
    await getRebuildScheduler().whenIdle()
    expect(await brokenLinks(payload)).toEqual({
      kind: 'checked',
      count: 0,
      links: [],
      href: `/admin/collections/build-logs/${clean.id}`,
    })
  })

  it('keeps the release live when the check itself fails, and the log says so', async () => {
    const log = await build({ 'index.html': '<a href="/oud/">Oud</a>', '_redirects.json': '{ kapot' })
    expect(log).toMatchObject({ status: 'succeeded', linkCheck: 'failed', brokenLinkCount: null, brokenLinks: [] })
    expect(log.logTail).toContain('Linkcontrole mislukt')
    expect(path.basename(currentRelease(currentLink) ?? '')).toBe(log.release)
    expect(await brokenLinks(payload)).toEqual({ kind: 'failed', href: `/admin/collections/build-logs/${log.id}` })
  })
})
