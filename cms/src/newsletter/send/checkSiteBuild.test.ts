import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { Newsletter } from '@mao/shared/payload-types'
import { checkSiteBuild } from './checkSiteBuild'

const dir = mkdtempSync(path.join(tmpdir(), 'mao-check-build-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  delete process.env.SITE_CURRENT_LINK
  delete process.env.SITE_BUILD_HOOK_URL
})

const published = new Date('2026-12-01T10:00:00.000Z')
const edition = { items: [{ item: { relationTo: 'news', value: 1 } }] } as unknown as Newsletter

/** Payload with the given succeeded builds, and one news item last changed at `published`. */
const fakePayload = (builds: { startedAt: string }[]) =>
  ({
    collections: { 'build-logs': {} },
    find: async ({ collection }: { collection: string }) =>
      collection === 'build-logs'
        ? { docs: builds }
        : { docs: [{ id: 1, updatedAt: published.toISOString(), publishedAt: published.toISOString() }] },
  }) as unknown as Payload

/** A release online on this machine whose build started at `at`. */
function releaseOnline(at: Date): void {
  const link = path.join(mkdtempSync(path.join(dir, 'case-')), 'current')
  const release = path.join(path.dirname(link), 'releases', at.toISOString().replace(/[:.]/g, '-'))
  mkdirSync(release, { recursive: true })
  symlinkSync(release, link)
  process.env.SITE_CURRENT_LINK = link
}

const later = new Date(published.getTime() + 60_000)
const earlier = new Date(published.getTime() - 60_000)

describe('checkSiteBuild', () => {
  it('refuses when no build is recorded and no release is online', async () => {
    process.env.SITE_CURRENT_LINK = path.join(dir, 'nothing-here')
    expect(await checkSiteBuild(fakePayload([]), edition)).toMatchObject({
      ok: false,
      message: expect.stringContaining('nog geen geslaagde build'),
    })
  })

  it('accepts a recorded build that started after the items were published', async () => {
    process.env.SITE_CURRENT_LINK = path.join(dir, 'nothing-here')
    expect(await checkSiteBuild(fakePayload([{ startedAt: later.toISOString() }]), edition)).toEqual({ ok: true })
  })

  it('accepts the release online when it was built after the items, whatever Sitebuilds holds', async () => {
    releaseOnline(later)
    expect(await checkSiteBuild(fakePayload([]), edition)).toEqual({ ok: true })
    expect(await checkSiteBuild(fakePayload([{ startedAt: earlier.toISOString() }]), edition)).toEqual({ ok: true })
  })

  it('refuses when both the recorded build and the release online are older than the items', async () => {
    releaseOnline(earlier)
    expect(await checkSiteBuild(fakePayload([{ startedAt: earlier.toISOString() }]), edition)).toMatchObject({
      ok: false,
      message: expect.stringContaining('niet meer gebouwd'),
    })
  })

  it('waits for a build after an activity in the agenda section changed, too', async () => {
    process.env.SITE_CURRENT_LINK = path.join(dir, 'nothing-here')
    const agendaOnly = { items: [{ item: { relationTo: 'events', value: 1 } }] } as unknown as Newsletter
    const changed = new Date(later.getTime() + 60_000).toISOString()
    const payload = {
      collections: { 'build-logs': {} },
      find: async ({ collection }: { collection: string }) =>
        collection === 'build-logs'
          ? { docs: [{ startedAt: later.toISOString() }] }
          : { docs: collection === 'events' ? [{ id: 1, updatedAt: changed, publishedAt: changed }] : [] },
    } as unknown as Payload
    expect(await checkSiteBuild(payload, agendaOnly)).toMatchObject({ ok: false })
  })

  it('ignores local releases when a deploy hook builds the site', async () => {
    releaseOnline(later)
    process.env.SITE_BUILD_HOOK_URL = 'https://api.example.org/build_hooks/x'
    expect(await checkSiteBuild(fakePayload([]), edition)).toMatchObject({ ok: false })
  })
})
