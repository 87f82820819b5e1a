/**
 * `pnpm bench load [--duration 60] [--release DIR] [--parts site,rest,flood] [--clients 100000]
 *  [--addresses 1000] [--flood-seconds 600] [--connections 50] [--scale N] [--no-cms-build] [--json file] [--keep]`
 *
 * Load on loopback, every part bounded in time:
 * - site: the site server and nginx (the reference, same release, one worker each) under the same
 *   mix of pages and `_astro` assets: throughput ratio, p99, errors;
 * - rest: the production CMS (`pnpm --filter @mao/cms start`) answering `/api/news?limit=10` to
 *   50 concurrent readers;
 * - flood: 100,000 sign-ups from distinct fake clients (X-Forwarded-For from a trusted loopback
 *   proxy) and the CMS's memory growth; mail goes to the Resend stub.
 * The release is built from the seeded CMS unless --release names one. Prints each figure beside
 * its target and the nginx reference; --json writes the raw figures.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startResendStub, type ResendStub } from '@mao/resend-stub'
import { startSiteServer, type SiteServer } from '../../site-server'
import { printTable } from '../site/format'
import { freePort } from '../site/freePort'
import { benchRoot, siteDir } from '../site/paths'
import { sampleTreePeak, treeRss } from '../site/processTreeMemory'
import { timedAstroBuild } from '../site/timedBuild'
import { fakeClientIp, floodEmail } from './fakeClients'
import { loadTest, type LoadFigures } from './loadTest'
import { findNginx, startNginx, type Nginx } from './startNginx'
import { startProductionCms, type ProductionCms } from './productionCms'
import { releaseRequests } from './requestMix'
import type { FloodLoad, LoadBenchResults } from './results'
import { tableRows } from './targets'

const log = (text: string) => console.log(`[bench load] ${text}`)
const USAGE =
  'Usage: pnpm bench load [--duration 60] [--release DIR] [--parts site,rest,flood] [--clients 100000] [--addresses 1000] [--flood-seconds 600] [--connections 50] [--scale N] [--no-cms-build] [--json file] [--keep]'
const PARTS = ['site', 'rest', 'flood'] as const
type Part = (typeof PARTS)[number]
const WARM_UP_CLIENTS = 2000

class UsageError extends Error {}

function wholeNumber(name: string, raw: string, min: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`--${name} needs a whole number ≥ ${min}, got "${raw}"`)
  return value
}

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '60' },
      release: { type: 'string' },
      parts: { type: 'string', default: PARTS.join(',') },
      clients: { type: 'string', default: '100000' },
      addresses: { type: 'string', default: '1000' },
      'flood-seconds': { type: 'string', default: '600' },
      connections: { type: 'string', default: '50' },
      scale: { type: 'string', default: '0' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-cms-build': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const parts = values.parts.split(',').map((part) => part.trim())
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part))
  if (unknown.length) throw new UsageError(`--parts takes ${PARTS.join(', ')}; unknown: ${unknown.join(', ')}`)
  return {
    seconds: wholeNumber('duration', values.duration, 1),
    release: values.release ? path.resolve(values.release) : undefined,
    parts: new Set(parts as Part[]),
    clients: wholeNumber('clients', values.clients, 1),
    addresses: wholeNumber('addresses', values.addresses, 1),
    floodSeconds: wholeNumber('flood-seconds', values['flood-seconds'], 1),
    connections: wholeNumber('connections', values.connections, 1),
    scale: wholeNumber('scale', values.scale, 0),
    json: values.json,
    keep: values.keep,
    cmsBuild: !values['no-cms-build'],
  }
}
type Options = ReturnType<typeof options>

async function siteLoad(release: string, opts: Options, work: string): Promise<LoadBenchResults['site']> {
  const paths = releaseRequests(release)
  const requests = paths.map((requestPath) => ({ method: 'GET' as const, path: requestPath }))
  const headers = { 'accept-encoding': 'gzip' }
  const run = (url: string) =>
    loadTest({ url, connections: opts.connections, seconds: opts.seconds, requests, headers })
  let server: SiteServer | undefined
  let ours: LoadFigures
  try {
    server = await startSiteServer({ root: release, port: 0, host: '127.0.0.1' })
    log(`site server: ${paths.length} paths, ${opts.connections} connections, ${opts.seconds} s…`)
    ours = await run(server.url)
  } finally {
    await server?.close()
  }
  const binary = findNginx()
  if (!binary) {
    log('nginx is not installed, so the reference is skipped: apt-get install -y nginx (Debian/Ubuntu)')
    return { paths: paths.length, connections: opts.connections, ours }
  }
  let nginx: Nginx | undefined
  try {
    nginx = await startNginx(binary, release, await freePort(), work)
    log(`nginx: same release and load…`)
    return { paths: paths.length, connections: opts.connections, ours, nginx: await run(nginx.url) }
  } finally {
    await nginx?.close()
  }
}

async function restLoad(cms: ProductionCms, opts: Options): Promise<LoadBenchResults['rest']> {
  const requests = [{ method: 'GET' as const, path: '/api/news?limit=10' }]
  await loadTest({ url: cms.url, connections: 10, seconds: 3, requests })
  log(`CMS /api/news?limit=10: ${opts.connections} readers, ${opts.seconds} s…`)
  return {
    connections: opts.connections,
    figures: await loadTest({ url: cms.url, connections: opts.connections, seconds: opts.seconds, requests }),
  }
}

function subscribeRequests(first: number, addresses: number) {
  let n = first
  return [
    {
      method: 'POST' as const,
      path: '/api/subscribers/subscribe',
      setupRequest: (request: object) => {
        const client = n++
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-forwarded-for': fakeClientIp(client),
          },
          body: JSON.stringify({ email: floodEmail(client, addresses) }),
        }
      },
    },
  ]
}

async function floodLoad(cms: ProductionCms, stub: ResendStub, opts: Options): Promise<FloodLoad> {
  const connections = Math.min(opts.connections, opts.clients)
  // Warm-up from other clients and addresses, so the baseline has the code paths loaded and compiled.
  await loadTest({
    url: cms.url,
    connections,
    seconds: 60,
    amount: WARM_UP_CLIENTS,
    requests: subscribeRequests(opts.clients, opts.addresses),
  })
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const mailsBefore = stub.emails.length
  const rssBefore = treeRss(cms.pid).total
  const sampler = sampleTreePeak(cms.pid, 500)
  log(`subscribe flood: ${opts.clients} distinct clients, ${opts.addresses} addresses, at most ${opts.floodSeconds} s…`)
  const figures = await loadTest({
    url: cms.url,
    connections,
    seconds: opts.floodSeconds,
    amount: opts.clients,
    requests: subscribeRequests(0, opts.addresses),
  })
  // Confirmation mails leave after the answer: give the last ones a moment.
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const rssAfter = treeRss(cms.pid).total
  const { peakTotal } = sampler.stop()
  return {
    clients: opts.clients,
    addresses: opts.addresses,
    connections,
    figures,
    rssBefore,
    rssAfter,
    rssPeak: peakTotal,
    mails: stub.emails.length - mailsBefore,
  }
}

export async function run(args: string[]): Promise<void> {
  let opts: Options
  try {
    opts = options(args)
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error
    console.error(`${error.message}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  mkdirSync(benchRoot, { recursive: true })
  const work = mkdtempSync(path.join(benchRoot, 'load-'))
  let stub: ResendStub | undefined
  let cms: ProductionCms | undefined
  const cleanUp = async () => {
    await cms?.close()
    await stub?.close()
    if (!opts.keep) {
      rmSync(work, { recursive: true, force: true })
      if (readdirSync(benchRoot).length === 0) rmSync(benchRoot, { recursive: true, force: true })
    }
  }
  const interrupted = () => void cleanUp().finally(() => process.exit(130))
  process.once('SIGINT', interrupted)
  try {
    const results: LoadBenchResults = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      seconds: opts.seconds,
    }
    const needsCms = opts.parts.has('rest') || opts.parts.has('flood') || (opts.parts.has('site') && !opts.release)
    if (needsCms) {
      stub = await startResendStub({ storeBodies: false })
      cms = await startProductionCms({
        resendBaseUrl: stub.url,
        siteUrl: `http://127.0.0.1:${await freePort()}`,
        scale: opts.scale,
        build: opts.cmsBuild,
        log,
      })
      log(`CMS ready at ${cms.url}`)
    }
    if (opts.parts.has('site')) {
      let release = opts.release
      if (!release) {
        release = path.join(work, 'site')
        log('building the site from the seeded CMS…')
        const build = await timedAstroBuild(siteDir, {
          CMS_URL: cms!.url,
          CMS_PUBLIC_URL: cms!.url,
          SITE_URL: 'http://127.0.0.1:4321',
          SITE_OUT_DIR: release,
          SITE_CACHE_DIR: path.join(work, 'cache'),
        })
        if (build.code !== 0)
          throw new Error(`The site build failed (exit ${build.code}):\n${build.output.slice(-4000)}`)
      }
      results.site = await siteLoad(release, opts, work)
    }
    if (opts.parts.has('rest')) results.rest = await restLoad(cms!, opts)
    if (opts.parts.has('flood')) results.flood = await floodLoad(cms!, stub!, opts)

    console.log('')
    printTable([
      ['Figure', 'Value', 'Target', 'Result'],
      ...tableRows(results).map((row) => [row.label, row.value, row.target, row.verdict]),
    ])
    console.log(
      `\nNode ${results.node}, ${results.cpus} CPUs, all on loopback with autocannon in this process. Site: the same release through the site server and nginx (one worker, gzip level 6 from 1 kB like the site server), clients accept gzip, ${opts.seconds} s each. CMS: production build (pnpm --filter @mao/cms start) on a seeded SQLite database. Flood: one sign-up per fake client (X-Forwarded-For from the trusted loopback proxy), addresses in turn from a pool; memory is the summed RSS of the CMS process tree after ${WARM_UP_CLIENTS} warm-up sign-ups and at the end. 1 MB = 10⁶ bytes.`,
    )
    if (opts.json) {
      await writeFile(opts.json, `${JSON.stringify(results, null, 2)}\n`)
      log(`raw figures written to ${opts.json}`)
    }
    if (opts.keep) log(`kept the work folder ${work}`)
  } finally {
    process.off('SIGINT', interrupted)
    await cleanUp()
  }
}
