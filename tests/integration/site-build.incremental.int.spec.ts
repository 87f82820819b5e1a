import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '@mao/shared/payload-types'
import { richText } from '@mao/shared/lexical'
import type { SiteBuildReport } from '@mao/shared/siteBuildReport'
import { SITE_BUILD_REPORT_ENV } from '@mao/shared/siteBuildReport'
import { pathFor } from '@mao/shared/urls'
import { readBuildReport, renderedPaths } from '../support/buildReport'
import { buildSite, siteDir } from '../support/buildSite'
import { type SeededCms, startSeededCms } from '../support/cmsFixture'
import { compareDirs } from '../support/compareDirs'
import { MINIMAL } from '../support/siteFixtures'
import { solidPng } from '../support/solidPng'

/**
 * Incremental site builds must give exactly the site a full build gives. One chain of builds
 * shares one Astro cache (as the CMS's builds share SITE_CACHE_DIR between releases) and one warm
 * build process while editors change content between them; then a full build from an empty cache,
 * in a process of its own, is compared with the chain's output byte for byte. Four builds in all (about 3 minutes in CI): a build took 1 to 4 minutes on
 * 2 busy cores, hence the long timeout per step.
 */
const STEP_TIMEOUT_MS = 15 * 60_000
const workDir = mkdtempSync(path.join(tmpdir(), 'mao-incremental-chain-'))
const chainCache = path.join(workDir, 'chain-cache')
const chainDist = path.join(workDir, 'chain-dist')
/**
 * The full build writes to another file system than the project's, as a release volume of its own
 * would (`SITE_RELEASES_DIR`): /dev/shm, a tmpfs here. Astro moves its styles there from
 * site/.astro with a rename, which failed across file systems (EXDEV) until our patch copied.
 */
const otherVolume = mkdtempSync(path.join('/dev/shm', 'mao-incremental-full-'))
const fullDist = path.join(otherVolume, 'full-dist')
let cms: SeededCms
let builds = 0
/** The last build's output, for what it says about the documents it fetched. */
let lastOutput = ''

const NEW_NEWS = { title: 'Nieuw bericht met een eigen beeld', slug: 'nieuw-bericht-met-beeld' }
const RETITLED_PRACTICE = 'dokwerk-gorinchem'
const RENAMED_NEWS = { from: 'oproep-inspiratieregios-wat-we-vroegen', to: 'oproep-word-inspiratieregio' }
const IMAGE_NEWS = 'rene-peeters-bestuurlijk-aanjager'

/** Builds into `outDir` with `cacheDir` and returns the build's report (undefined when it wrote none). */
async function build(outDir: string, cacheDir: string, scratchRoot?: string): Promise<SiteBuildReport | undefined> {
  builds += 1
  const reportFile = path.join(workDir, `report-${builds}.json`)
  // As the CMS starts them: one CMS process, so each build may reuse the documents the last one
  // fetched, and the chain's builds run in one warm build process (the full build in its own).
  const env = { [SITE_BUILD_REPORT_ENV]: reportFile, CMS_CONTENT_EPOCH: 'chain' }
  const result = await buildSite({ cmsUrl: cms.url, outDir, cacheDir, env, warm: cacheDir === chainCache, scratchRoot })
  lastOutput = result.output
  if (result.code !== 0)
    throw new Error(`Site build ${builds} failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  console.info(
    `Site build ${builds} (${cacheDir === chainCache ? 'chain' : 'from empty cache'}): ${result.seconds.toFixed(1)} s`,
  )
  return readBuildReport(reportFile)
}

const buildChain = () => build(chainDist, chainCache)

/** A full build from an empty cache into fullDist, on the other file system. */
async function buildFromScratch(): Promise<SiteBuildReport | undefined> {
  const emptyCache = path.join(otherVolume, `empty-cache-${builds + 1}`)
  mkdirSync(emptyCache)
  try {
    return await build(fullDist, emptyCache, otherVolume)
  } finally {
    rmSync(emptyCache, { recursive: true, force: true })
  }
}

async function idOf(collection: 'news' | 'practices' | 'events', slug: string): Promise<number | string> {
  const { docs } = await cms.payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No ${collection} "${slug}"`)
  return docs[0].id
}

function expectIncremental(report: SiteBuildReport | undefined, changedPaths: string[]) {
  expect(report?.kind).toBe('incremental')
  expect(report?.pages.reused).toBeGreaterThan(0)
  expect(report?.pages.rendered).toBeGreaterThan(0)
  expect(renderedPaths(report)).toEqual(expect.arrayContaining(changedPaths))
}

beforeAll(async () => {
  cms = await startSeededCms()
})

afterAll(async () => {
  await cms?.close()
  rmSync(workDir, { recursive: true, force: true })
  rmSync(otherVolume, { recursive: true, force: true })
})

describe('incremental site builds', () => {
  it(
    'build the seeded site in full the first time',
    async () => {
      const report = await buildChain()
      expect(report?.kind).toBe('full')
      expect(report?.fullReason).toBeTruthy()
      expect(report?.pages.reused).toBe(0)
      // Astro's cache keeps each page as a hard link to the release's file (patches/astro@7.3.5.patch),
      // not as a second copy.
      const page = path.join('nieuws', 'index.html')
      expect(statSync(path.join(chainCache, 'dist', page)).ino).toBe(statSync(path.join(chainDist, page)).ino)
    },
    STEP_TIMEOUT_MS,
  )

  it(
    'render a new news item with a new image and a retitled practice again, and reuse the other pages',
    async () => {
      const image = await cms.payload.create({
        collection: 'media',
        data: { alt: 'Een groen vlak' },
        file: { data: solidPng([30, 120, 60]), mimetype: 'image/png', name: 'groen-vlak.png', size: 0 },
      })
      await cms.payload.create({
        collection: 'news',
        data: {
          ...NEW_NEWS,
          summary: 'Een bericht dat na de eerste build verschijnt.',
          body: richText([{ p: 'Dit bericht is nieuw.' }]),
          heroImage: image.id,
          publishedAt: new Date('2026-11-30T09:00:00Z').toISOString(),
          _status: 'published',
        },
      })
      await cms.payload.update({
        collection: 'practices',
        id: await idOf('practices', RETITLED_PRACTICE),
        data: { title: 'DokWerk Gorinchem: onderwijs en zorg onder één dak', _status: 'published' },
      })

      expectIncremental(await buildChain(), [
        pathFor('news', NEW_NEWS),
        pathFor('practices', { slug: RETITLED_PRACTICE }),
      ])
      // The new news item and the retitled practice; a new image changes no stored document.
      expect(lastOutput).toMatch(/\[content\] Fetched 2 of \d+ documents/)
      // One log line a page (patches/astro@7.3.5.patch); the warm build process drops the lines
      // of reused pages.
      const log = stripVTControlCharacters(lastOutput)
      expect(log).toMatch(/├─ \/nieuws\/[^\s]+\/index\.html \(\+\d+(ms|\.\d+s)\) *\n/)
      expect(log).not.toMatch(/\((restored|cached)\)/)
    },
    STEP_TIMEOUT_MS,
  )

  it(
    'render the pages a changed slug, an unpublished event, a deleted news item, the home global and a replaced image touch',
    async () => {
      await cms.payload.update({
        collection: 'news',
        id: await idOf('news', RENAMED_NEWS.from),
        data: { slug: RENAMED_NEWS.to, _status: 'published' },
      })
      await cms.payload.update({
        collection: 'events',
        id: await idOf('events', MINIMAL.event),
        data: { _status: 'draft' },
      })
      await cms.payload.delete({ collection: 'news', id: await idOf('news', MINIMAL.news) })
      await cms.payload.updateGlobal({ slug: 'home', data: { heroTitle: 'Wat heeft dit kind vandaag nodig?' } })
      const imageNews = await cms.payload.findByID({ collection: 'news', id: await idOf('news', IMAGE_NEWS), depth: 0 })
      const heroImage = imageNews.heroImage as Media['id']
      await cms.payload.update({
        collection: 'media',
        id: heroImage,
        data: {},
        file: { data: solidPng([150, 40, 40]), mimetype: 'image/png', name: 'rood-vlak.png', size: 0 },
      })

      expectIncremental(await buildChain(), [
        pathFor('news', { slug: RENAMED_NEWS.to }),
        pathFor('news', { slug: IMAGE_NEWS }),
      ])
    },
    STEP_TIMEOUT_MS,
  )

  it(
    'have built the same site as a full build from an empty cache, on another file system',
    async () => {
      expect(statSync(otherVolume).dev, 'a folder on another file system').not.toBe(statSync(siteDir).dev)
      const report = await buildFromScratch()
      expect(compareDirs(fullDist, chainDist)).toBe('')
      expect(report?.kind).toBe('full')
    },
    STEP_TIMEOUT_MS,
  )
})
