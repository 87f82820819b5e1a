import { describe, expect, it, vi } from 'vitest'
import type { SiteContent } from '../content/types'
import { clockKey } from './dependencyKeys'
import { Digests } from './digests'
import { IncrementalBuild } from './incrementalBuild'
import { writePageManifest } from './pageManifest'
import { scratchDirs } from '@mao/shared/test-scratchDirs'

const scratchDir = scratchDirs('mao-incremental-')

const content = (titles: Record<string, string>) =>
  ({ news: Object.entries(titles).map(([id, title]) => ({ id, title })) }) as unknown as SiteContent

const ROUTE = '/nieuws/[slug]'

/** One build: a key for each page, each page rendered when its key is new, the manifest written. */
async function build(
  cacheDir: string,
  titles: Record<string, string>,
  addresses = 'addresses',
  assets = ['style.css'],
) {
  const incremental = new IncrementalBuild(cacheDir, addresses, () => assets)
  const digests = new Digests(content(titles))
  const keys: Record<string, string> = {}
  for (const id of Object.keys(titles)) {
    keys[id] = await incremental.cacheKey(ROUTE, { slug: id }, `props-${id}`, digests)
  }
  return { incremental, digests, keys }
}

async function renderAll(run: Awaited<ReturnType<typeof build>>, previousKeys: Record<string, string> = {}) {
  for (const [id, key] of Object.entries(run.keys)) {
    if (previousKeys[id] === key) continue
    await run.incremental.rendered(ROUTE, { slug: id }, `/nieuws/${id}`, new Set([`doc:news:${id}`]), run.digests)
  }
}

describe('IncrementalBuild', () => {
  it('keeps the keys of unchanged pages and renews the key of a page whose document changed', async () => {
    const cacheDir = scratchDir()
    const first = await build(cacheDir, { a: 'Een', b: 'Twee' })
    await renderAll(first)
    expect(first.incremental.report()).toMatchObject({ kind: 'full', pages: { rendered: 2, reused: 0 } })
    writePageManifest(cacheDir, first.incremental.manifest())

    const second = await build(cacheDir, { a: 'Een', b: 'Twee (bijgewerkt)' })
    expect(second.keys.a).toBe(first.keys.a)
    expect(second.keys.b).not.toBe(first.keys.b)
    await renderAll(second, first.keys)
    // A page outside getStaticPaths renders every time: counted, not listed as changed.
    await second.incremental.rendered('/', {}, '/', new Set(), second.digests)
    expect(second.incremental.report()).toEqual({
      kind: 'incremental',
      pages: { rendered: 2, reused: 1 },
      renderedPaths: ['/nieuws/b'],
    })

    // The reused page keeps what it read in the build that rendered it.
    writePageManifest(cacheDir, second.incremental.manifest())
    const third = await build(cacheDir, { a: 'Een (bijgewerkt)', b: 'Twee (bijgewerkt)' })
    expect(third.keys.a).not.toBe(first.keys.a)
    expect(third.keys.b).toBe(second.keys.b)
  })

  it('renders a page again when its props name other documents', async () => {
    const cacheDir = scratchDir()
    const first = await build(cacheDir, { a: 'Een' })
    await renderAll(first)
    writePageManifest(cacheDir, first.incremental.manifest())
    const second = new IncrementalBuild(cacheDir, 'addresses', () => ['style.css'])
    const key = await second.cacheKey(ROUTE, { slug: 'a' }, 'other-props', first.digests)
    expect(key).not.toBe(first.keys.a)
  })

  it.each([
    ['the site or CMS address', 'other-addresses', ['style.css']],
    ['the name of a stylesheet or script', 'addresses', ['style.2.css']],
  ])('starts afresh when %s changed', async (_change, addresses, assets) => {
    const cacheDir = scratchDir()
    const first = await build(cacheDir, { a: 'Een' })
    await renderAll(first)
    writePageManifest(cacheDir, first.incremental.manifest())
    const next = await build(cacheDir, { a: 'Een' }, addresses, assets)
    expect(next.keys.a).not.toBe(first.keys.a)
    await renderAll(next, first.keys)
    expect(next.incremental.report().kind).toBe('full')
  })

  it('starts afresh after a build that did not complete', async () => {
    const cacheDir = scratchDir()
    const first = await build(cacheDir, { a: 'Een' })
    await renderAll(first)
    writePageManifest(cacheDir, first.incremental.manifest())
    await build(cacheDir, { a: 'Een (bijgewerkt)' })
    // That build stopped before writing its manifest: Astro may have overwritten its copy of a.
    const third = await build(cacheDir, { a: 'Een' })
    expect(third.keys.a).not.toBe(first.keys.a)
  })

  it('renders a page again once an instant it compared the time with has come', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T10:00:00Z'))
    const cacheDir = scratchDir()
    const first = await build(cacheDir, { a: 'Een', b: 'Twee' })
    const read = (at: string) => new Set([clockKey(Date.parse(at))])
    await first.incremental.rendered(ROUTE, { slug: 'a' }, '/nieuws/a', read('2026-12-05T11:00:00Z'), first.digests)
    await first.incremental.rendered(ROUTE, { slug: 'b' }, '/nieuws/b', read('2026-12-06T11:00:00Z'), first.digests)
    writePageManifest(cacheDir, first.incremental.manifest())
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'))
    const second = await build(cacheDir, { a: 'Een', b: 'Twee' })
    vi.useRealTimers()
    expect(second.keys.a).not.toBe(first.keys.a)
    expect(second.keys.b).toBe(first.keys.b)
  })
})

describe('work beside the pages', () => {
  it('is done when all of it is, and fails with the first failure, reported there and not before', async () => {
    const build = new IncrementalBuild(scratchDir(), 'addresses', () => [])
    let finish = () => {}
    build.waitFor(new Promise<void>((resolve) => (finish = resolve)))
    build.waitFor(Promise.reject(new Error('zoekbestanden niet geschreven')))
    // An unhandled rejection would fail this test file before the build could report it.
    await new Promise((resolve) => setTimeout(resolve, 10))
    finish()
    await expect(build.besideDone()).rejects.toThrow('zoekbestanden niet geschreven')

    const clean = new IncrementalBuild(scratchDir(), 'addresses', () => [])
    clean.waitFor(Promise.resolve('klaar'))
    await expect(clean.besideDone()).resolves.toBeUndefined()
  })
})
