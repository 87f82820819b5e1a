/**
 * `pnpm bench site [--scale N] [--no-lighthouse] [--preset mobile|desktop] [--runs 3] [--json file] [--keep]`
 *
 * Builds the public site from a freshly seeded CMS (plus N generated documents with --scale) and
 * measures: the full `astro build` time and pages per second beside a bare Astro build of the
 * same number of minimal pages run in the same benchmark (the ratio is the figure that counts:
 * these machines vary up to 2× between runs), the peak memory of the build's process tree,
 * JavaScript and CSS bytes of the home page and a news detail page, and Lighthouse scores for
 * both pages. Prints each figure beside its target (./targets.ts); --json writes the raw figures.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startSiteServer, type SiteServer } from '../../site-server'
import { SITE_BUILD_CONCURRENCY, writeBareProject } from './bareProject'
import { printTable } from './format'
import { freePort } from './freePort'
import { htmlFiles } from './htmlFiles'
import { runLighthouse, type Preset } from './lighthouse'
import { newsDetailPath } from './newsDetailPath'
import { pageWeight } from './pageAssets'
import { benchRoot, siteDir } from './paths'
import type { BuildFigures, SiteBenchResults } from './results'
import { startBenchCms, type BenchCms } from './startBenchCms'
import { tableRows } from './targets'
import { timedAstroBuild, type BuildMeasurement } from './timedBuild'

const log = (text: string) => console.log(`[bench site] ${text}`)

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string', default: '0' },
      'no-lighthouse': { type: 'boolean', default: false },
      preset: { type: 'string', default: 'mobile' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const scale = Number(values.scale)
  if (!Number.isInteger(scale) || scale < 0)
    throw new UsageError(`--scale needs a whole number ≥ 0, got "${values.scale}"`)
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs needs a whole number ≥ 1, got "${values.runs}"`)
  if (values.preset !== 'mobile' && values.preset !== 'desktop')
    throw new UsageError(`--preset is mobile or desktop, got "${values.preset}"`)
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  const lighthouse = !values['no-lighthouse']
  if (lighthouse && !existsSync(chromePath))
    throw new UsageError(
      `Lighthouse needs Chromium at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH), or pass --no-lighthouse`,
    )
  if (!existsSync('/proc/self/status')) throw new UsageError('Memory is sampled from /proc: run this on Linux')
  return { scale, runs, preset: values.preset as Preset, chromePath, lighthouse, json: values.json, keep: values.keep }
}

class UsageError extends Error {}

function figures(build: BuildMeasurement, pages: number): BuildFigures {
  const { seconds, peakTreeRss, peakProcessRss, memorySamples } = build
  return { seconds, peakTreeRss, peakProcessRss, memorySamples, pages, pagesPerSecond: pages / seconds }
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
    console.error(
      `${error.message}\nUsage: pnpm bench site [--scale N] [--no-lighthouse] [--preset mobile|desktop] [--runs 3] [--json file] [--keep]`,
    )
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
    log(`seeding a throwaway CMS${opts.scale ? ` with ${opts.scale} generated documents` : ''}…`)
    cms = await startBenchCms(opts.scale, log)
    log(`CMS ready at ${cms.url}: ${cms.publishedDocuments} published documents`)

    const port = await freePort()
    const siteUrl = `http://127.0.0.1:${port}`
    const outDir = path.join(work, 'site')
    log('building the site (astro build, empty cache)…')
    const oursBuild = await timedAstroBuild(siteDir, {
      CMS_URL: cms.url,
      CMS_PUBLIC_URL: cms.url,
      SITE_URL: siteUrl,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(work, 'cache'),
    })
    assertBuilt('Our site build', oursBuild)
    const pages = htmlFiles(outDir).length
    log(`our build: ${pages} pages in ${oursBuild.seconds.toFixed(1)} s`)

    const bareRoot = path.join(work, 'bare')
    writeBareProject(bareRoot, pages)
    log(`building the bare reference project (${pages} minimal pages)…`)
    const bareBuild = await timedAstroBuild(bareRoot, {})
    assertBuilt('The bare Astro build', bareBuild)
    const barePages = htmlFiles(path.join(bareRoot, 'dist')).length
    if (barePages !== pages) throw new Error(`The bare build wrote ${barePages} pages instead of ${pages}`)
    log(`bare build: ${barePages} pages in ${bareBuild.seconds.toFixed(1)} s`)

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
      ratio: oursBuild.seconds / bareBuild.seconds,
      weights: { home: pageWeight(outDir, '/'), newsDetail: pageWeight(outDir, newsPath) },
    }

    if (opts.lighthouse) {
      server = await startSiteServer({ root: outDir, port, host: '127.0.0.1' })
      log(`Lighthouse (${opts.preset}, ${opts.runs} runs per page) on / and ${newsPath}…`)
      const [home, newsDetail] = await runLighthouse([`${siteUrl}/`, `${siteUrl}${newsPath}`], {
        preset: opts.preset,
        runs: opts.runs,
        chromePath: opts.chromePath,
        log,
      })
      results.lighthouse = { preset: opts.preset, runs: opts.runs, home: home!, newsDetail: newsDetail! }
    }

    console.log('')
    printTable([
      ['Figure', 'Value', 'Target', 'Result'],
      ...tableRows(results).map((row) => [row.label, row.value, row.target, row.verdict]),
    ])
    console.log(
      `\nNode ${results.node}, ${results.cpus} CPUs; news detail page ${newsPath}. Build times are from spawn to exit of \`astro build\` with an empty cache (fetching the content from the CMS and image processing included); memory is the summed RSS of the build's process tree, sampled every 150 ms. JS counts scripts, module preloads, island components and their static imports; bytes are gzip level 6 per file. The bare reference renders with the same build.concurrency (${SITE_BUILD_CONCURRENCY}) as the site. 1 kB = 1000 bytes.`,
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
