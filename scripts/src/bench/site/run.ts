/**
 * `pnpm bench site [--scale N] [--no-lighthouse] [--preset mobile|desktop] [--runs 3] [--build-pairs 1] [--publishes 10] [--no-publish] [--json file] [--keep]`
 *
 * Builds the public site from a freshly seeded CMS (plus N generated documents with --scale) and
 * measures: the full `astro build` time and pages per second beside a bare Astro build of the
 * same number of minimal pages run in the same benchmark (the ratio is the figure that counts:
 * these machines vary up to 2× between runs; --build-pairs N runs both N times, alternately, and
 * takes the median ratio; the same for both builds' CPU time), the peak memory of the build's
 * process tree, a second build with the same cache and no change, JavaScript and CSS bytes of the home page and a
 * news detail page, Lighthouse scores for both pages, and publish → live: an editor publishes an
 * edit through the REST API, the CMS's rebuild feature builds a release, and the clock stops when
 * the site server serves the changed page. Prints each figure beside its target (./targets.ts);
 * --json writes the raw figures.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { startSiteServer, type SiteServer } from '../../site-server'
import { SITE_BUILD_CONCURRENCY, writeBareProject } from './bareProject'
import { buildPair, medianCpuRatio, medianRatio, type BuildPair } from './buildPairs'
import { printTable } from './format'
import { freePort } from './freePort'
import { htmlFiles } from './htmlFiles'
import { runLighthouse } from './lighthouse'
import { measurePublishes } from './measurePublishes'
import { newsDetailPath } from './newsDetailPath'
import { options, USAGE, UsageError } from './options'
import { pageWeight } from './pageAssets'
import { benchRoot, siteDir } from './paths'
import type { BuildFigures, SiteBenchResults } from './results'
import { startBenchCms, type BenchCms } from './startBenchCms'
import { tableRows } from './targets'
import { timedAstroBuild, type BuildMeasurement } from './timedBuild'
import { readBuildReport } from './readBuildReport'

const log = (text: string) => console.log(`[bench site] ${text}`)

function figures(build: BuildMeasurement, pages: number): BuildFigures {
  const { seconds, peakTreeRss, peakProcessRss, memorySamples, cpuSeconds } = build
  return { seconds, peakTreeRss, peakProcessRss, memorySamples, cpuSeconds, pages, pagesPerSecond: pages / seconds }
}

function assertBuilt(name: string, build: BuildMeasurement): void {
  if (build.code !== 0) throw new Error(`${name} failed (exit ${build.code}):\n${build.output.slice(-4000)}`)
}

export async function run(args: string[]): Promise<void> {
  let opts: ReturnType<typeof options>
  try {
    opts = options(args)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error
    console.error(`${error.message}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  mkdirSync(benchRoot, { recursive: true })
  const work = mkdtempSync(path.join(benchRoot, 'run-'))
  let cms: BenchCms | undefined
  let server: SiteServer | undefined
  const cleanUp = async () => {
    await server?.close()
    await cms?.close()
    if (!opts.keep) {
      rmSync(work, { recursive: true, force: true })
      if (readdirSync(benchRoot).length === 0) rmSync(benchRoot, { recursive: true, force: true })
    }
  }
  const interrupted = () => void cleanUp().finally(() => process.exit(130))
  process.once('SIGINT', interrupted)
  try {
    const port = await freePort()
    const siteUrl = `http://127.0.0.1:${port}`
    const outDir = path.join(work, 'site')
    const cacheDir = path.join(work, 'cache')
    // Publishing builds releases here with the cache of the builds below, served through `current`.
    const currentLink = path.join(work, 'current')
    const rebuild = { releasesDir: path.join(work, 'releases'), currentLink, cacheDir, siteUrl }
    log(`seeding a throwaway CMS${opts.scale ? ` with ${opts.scale} generated documents` : ''}…`)
    cms = await startBenchCms(opts.scale, log, opts.publishes > 0 ? rebuild : undefined)
    log(`CMS ready at ${cms.url}: ${cms.publishedDocuments} published documents`)

    const buildEnv = { CMS_URL: cms.url, CMS_PUBLIC_URL: cms.url, SITE_URL: siteUrl, SITE_CACHE_DIR: cacheDir }
    log('building the site (astro build, empty cache)…')
    const oursBuild = await timedAstroBuild(siteDir, { ...buildEnv, SITE_OUT_DIR: outDir })
    assertBuilt('Our site build', oursBuild)
    const pages = htmlFiles(outDir).length
    log(`our build: ${pages} pages in ${oursBuild.seconds.toFixed(1)} s`)

    log('building the site again (same cache, nothing changed)…')
    const warmOut = path.join(work, 'site-warm')
    const warmReport = path.join(work, 'warm-build-report.json')
    const warmBuild = await timedAstroBuild(siteDir, {
      ...buildEnv,
      SITE_OUT_DIR: warmOut,
      SITE_BUILD_REPORT: warmReport,
    })
    assertBuilt('The second site build', warmBuild)
    log(`second build: ${warmBuild.seconds.toFixed(1)} s`)

    const bareRoot = path.join(work, 'bare')
    writeBareProject(bareRoot, pages)
    log(`building the bare reference project (${pages} minimal pages)…`)
    const bareBuild = await timedAstroBuild(bareRoot, {})
    assertBuilt('The bare Astro build', bareBuild)
    const barePages = htmlFiles(path.join(bareRoot, 'dist')).length
    if (barePages !== pages) throw new Error(`The bare build wrote ${barePages} pages instead of ${pages}`)
    log(`bare build: ${barePages} pages in ${bareBuild.seconds.toFixed(1)} s`)
    const buildPairs: BuildPair[] = [buildPair(oursBuild, bareBuild)]
    for (let pair = 2; pair <= opts.buildPairs; pair++) {
      const pairOut = path.join(work, 'site-pair')
      const pairCache = path.join(work, 'cache-pair')
      const ours = await timedAstroBuild(siteDir, { ...buildEnv, SITE_OUT_DIR: pairOut, SITE_CACHE_DIR: pairCache })
      assertBuilt(`Our site build (pair ${pair})`, ours)
      rmSync(pairOut, { recursive: true, force: true })
      rmSync(pairCache, { recursive: true, force: true })
      // As cold as the first: its Astro and Vite caches (node_modules/) go with its output.
      for (const made of ['dist', 'node_modules']) rmSync(path.join(bareRoot, made), { recursive: true, force: true })
      const bare = await timedAstroBuild(bareRoot, {})
      assertBuilt(`The bare Astro build (pair ${pair})`, bare)
      buildPairs.push(buildPair(ours, bare))
      log(`pair ${pair} of ${opts.buildPairs}: ours ${ours.seconds.toFixed(1)} s, bare ${bare.seconds.toFixed(1)} s`)
    }

    const newsPath = await newsDetailPath(cms.url)
    const results: SiteBenchResults = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      scale: opts.scale,
      publishedDocuments: cms.publishedDocuments,
      seedSeconds: cms.seedSeconds,
      scaleSeconds: cms.scaleSeconds,
      ours: figures(oursBuild, pages),
      bare: figures(bareBuild, barePages),
      warm: { ...figures(warmBuild, htmlFiles(warmOut).length), report: readBuildReport(warmReport) },
      buildPairs,
      ratio: medianRatio(buildPairs),
      cpuRatio: medianCpuRatio(buildPairs),
      weights: { home: pageWeight(outDir, '/'), newsDetail: pageWeight(outDir, newsPath) },
    }

    // The first build is the release online when publishing starts.
    symlinkSync(outDir, currentLink, 'dir')
    if (opts.lighthouse || opts.publishes > 0)
      server = await startSiteServer({ root: currentLink, port, host: '127.0.0.1' })
    if (opts.lighthouse) {
      log(`Lighthouse (${opts.preset}, ${opts.runs} runs per page) on / and ${newsPath}…`)
      const [home, newsDetail] = await runLighthouse([`${siteUrl}/`, `${siteUrl}${newsPath}`], {
        preset: opts.preset,
        runs: opts.runs,
        chromePath: opts.chromePath,
        log,
      })
      results.lighthouse = { preset: opts.preset, runs: opts.runs, home: home!, newsDetail: newsDetail! }
    }
    if (opts.publishes > 0) {
      log(`publishing ${opts.publishes} edits as an editor; the CMS rebuilds the site after each…`)
      results.publish = await measurePublishes({
        cmsUrl: cms.url,
        siteUrl,
        editor: cms.editor,
        count: opts.publishes,
        log,
      })
    }

    console.log('')
    printTable([
      ['Figure', 'Value', 'Target', 'Result'],
      ...tableRows(results).map((row) => [row.label, row.value, row.target, row.verdict]),
    ])
    console.log(
      `\nNode ${results.node}, ${results.cpus} CPUs; news detail page ${newsPath}. Build times are from spawn to exit of \`astro build\`, the first with an empty cache (fetching the content from the CMS and image processing included), the second with its cache; memory is the summed RSS of the build's process tree, sampled every 150 ms. JS counts scripts, module preloads, island components and their static imports; bytes are gzip level 6 per file. The bare reference renders with the same build.concurrency (${SITE_BUILD_CONCURRENCY}) as the site.${results.publish ? ` Publish → live: from the editor's save request (REST, PATCH with _status published) of the title of ${results.publish.path} until the site server serves that page with the new title, asked every ${results.publish.pollMs} ms; the CMS waits for its debounce, then \`astro build\` builds a new release with the shared cache and \`current\` is switched to it (the link check runs after that); each publish starts when the previous build is done.` : ''} 1 kB = 1000 bytes.`,
    )
    for (const page of results.lighthouse ? [results.lighthouse.home, results.lighthouse.newsDetail] : []) {
      const lost = Object.entries(page.lostPoints).filter(([, audits]) => audits.length > 0)
      if (lost.length > 0)
        console.log(
          `Lighthouse audits below 1 on ${page.url}: ${lost.map(([c, a]) => `${c}: ${a.join(', ')}`).join('; ')}`,
        )
    }
    if (opts.json) {
      await writeFile(opts.json, `${JSON.stringify(results, null, 2)}\n`)
      log(`raw figures written to ${opts.json}`)
    }
    if (opts.keep) log(`kept the builds in ${work}`)
  } finally {
    process.off('SIGINT', interrupted)
    await cleanUp()
  }
}
