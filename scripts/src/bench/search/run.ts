/**
 * `pnpm bench search [--sizes 0,1000,10000] [--no-pagefind] [--json file] [--keep]`
 *
 * For the seeded content plus N generated documents (the `pnpm seed --scale N` generator, no CMS
 * needed): index build time, index and store size (raw and gzip), then in Chromium
 * (/usr/bin/chromium, through the production search worker) the time to fetch, parse and load
 * the index, the first query from a cold page with its bytes, and p50/p95 over 100 fixed
 * queries (a first pass, where terms are decoded or chunks fetched on first use, and a second);
 * and the same for Pagefind on the same documents as HTML pages. A query is answered when 20
 * results with title, URL and snippet (and, for us, the facet counts) are ready.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { repoRoot } from '@mao/cms/repo-root'
import { buildIndexData, serializeIndex } from '@mao/shared/search/indexData'
import { createStore, serializeStore } from '@mao/shared/search/store'
import type { SearchDocument } from '@mao/shared/search/types'
import { OURS_PAGE, PAGEFIND_PAGE } from './benchPages'
import { BENCH_QUERIES } from './benchQueries'
import { serveCounting, type CountingServer } from './countingServer'
import { generatedSearchDocuments } from './generatedDocuments'
import { buildPagefind } from './pagefindSite'
import { precompress } from './precompress'
import { seedSearchDocuments } from './seedDocuments'

const WORKER_ENTRY = path.join(repoRoot, 'site/src/lib/search/search.worker.ts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

interface Row {
  corpus: string
  docs: number
  buildMs: number
  indexRaw: number
  indexGzip: number
  storeRaw: number
  storeGzip: number
  workerGzip: number
  fetchMs: number
  loadMs: number
  readyMs: number
  firstQueryMs: number
  firstQueryBytes: number
  /** First pass over the queries: terms are decoded on first use. */
  coldP50: number
  coldP95: number
  /** Second pass. */
  p50: number
  p95: number
  roundTripP50: number
  roundTripP95: number
  pagefind?: {
    buildMs: number
    firstQueryMs: number
    firstQueryBytes: number
    /** First pass: fetches index chunks and fragments. */
    coldP50: number
    coldP95: number
    p50: number
    p95: number
  }
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** Load the page, then answer the first query from cold; counts the bytes that took (page excluded). */
async function coldStart(browser: Browser, server: CountingServer, pageName: string, query: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${server.url}/${pageName}`)
  server.resetBytes()
  const first = await page.evaluate(
    (q) => (window as unknown as { start(q: string): Promise<Record<string, number>> }).start(q),
    query,
  )
  await new Promise((resolve) => setTimeout(resolve, 200))
  return { context, page, first, bytes: server.bytesSent() }
}

async function measureOurs(browser: Browser, server: CountingServer, queries: readonly string[]) {
  const { context, page, first, bytes } = await coldStart(browser, server, 'ours.html', queries[0]!)
  type Measured = { roundTrip: number[]; inWorker: number[]; hits: number[] }
  const run = () =>
    page.evaluate((qs) => (window as unknown as { measure(q: string[]): Promise<Measured> }).measure(qs), [...queries])
  const cold = await run()
  const measured = await run()
  await context.close()
  return { first, bytes, cold, measured }
}

async function measurePagefind(browser: Browser, server: CountingServer, queries: readonly string[]) {
  const { context, page, first, bytes } = await coldStart(browser, server, 'pagefind.html', queries[0]!)
  type Measured = { times: number[]; hits: number[] }
  const run = () =>
    page.evaluate((qs) => (window as unknown as { measure(q: string[]): Promise<Measured> }).measure(qs), [...queries])
  const cold = await run() // fetches the index chunks and fragments of every query
  const measured = await run()
  await context.close()
  return { first, bytes, cold, measured }
}

async function benchCorpus(
  browser: Browser,
  folder: string,
  label: string,
  docs: SearchDocument[],
  workerJs: string,
  withPagefind: boolean,
): Promise<Row> {
  await mkdir(folder, { recursive: true })
  const started = performance.now()
  const indexJson = serializeIndex(buildIndexData(docs))
  const storeJson = serializeStore(createStore(docs))
  const buildMs = performance.now() - started
  await Promise.all([
    writeFile(path.join(folder, 'index.json'), indexJson),
    writeFile(path.join(folder, 'store.json'), storeJson),
    writeFile(path.join(folder, 'worker.js'), workerJs),
    writeFile(path.join(folder, 'ours.html'), OURS_PAGE),
    writeFile(path.join(folder, 'pagefind.html'), PAGEFIND_PAGE),
  ])
  const pagefindBuildMs = withPagefind ? await buildPagefind(docs, path.join(folder, 'pagefind')) : 0

  await precompress(folder)
  const server = await serveCounting(folder)
  try {
    const ours = await measureOurs(browser, server, BENCH_QUERIES)
    const row: Row = {
      corpus: label,
      docs: docs.length,
      buildMs,
      indexRaw: Buffer.byteLength(indexJson),
      indexGzip: gzipSync(indexJson).length,
      storeRaw: Buffer.byteLength(storeJson),
      storeGzip: gzipSync(storeJson).length,
      workerGzip: gzipSync(workerJs).length,
      fetchMs: ours.first.fetchMs!,
      loadMs: ours.first.loadMs!,
      readyMs: ours.first.readyMs!,
      firstQueryMs: ours.first.firstMs!,
      firstQueryBytes: ours.bytes,
      coldP50: percentile(ours.cold.inWorker, 50),
      coldP95: percentile(ours.cold.inWorker, 95),
      p50: percentile(ours.measured.inWorker, 50),
      p95: percentile(ours.measured.inWorker, 95),
      roundTripP50: percentile(ours.measured.roundTrip, 50),
      roundTripP95: percentile(ours.measured.roundTrip, 95),
    }
    if (withPagefind) {
      const peer = await measurePagefind(browser, server, BENCH_QUERIES)
      row.pagefind = {
        buildMs: pagefindBuildMs,
        firstQueryMs: peer.first.firstMs!,
        firstQueryBytes: peer.bytes,
        coldP50: percentile(peer.cold.times, 50),
        coldP95: percentile(peer.cold.times, 95),
        p50: percentile(peer.measured.times, 50),
        p95: percentile(peer.measured.times, 95),
      }
    }
    return row
  } finally {
    await server.close()
  }
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} kB`
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`

function printTable(rows: readonly Row[]): void {
  const lines: [string, (row: Row) => string][] = [
    ['documents', (r) => String(r.docs)],
    ['index build (Node)', (r) => ms(r.buildMs)],
    ['index raw / gzip', (r) => `${kB(r.indexRaw)} / ${kB(r.indexGzip)}`],
    ['store raw / gzip', (r) => `${kB(r.storeRaw)} / ${kB(r.storeGzip)}`],
    ['index + store gzip', (r) => kB(r.indexGzip + r.storeGzip)],
    ['worker JS gzip', (r) => kB(r.workerGzip)],
    ['fetch (localhost)', (r) => ms(r.fetchMs)],
    ['load: parse + decode', (r) => ms(r.loadMs)],
    ['worker ready (cold)', (r) => ms(r.readyMs)],
    ['first query (cold page)', (r) => ms(r.firstQueryMs)],
    ['first query bytes', (r) => kB(r.firstQueryBytes)],
    ['query p50 / p95, 1st pass', (r) => `${ms(r.coldP50)} / ${ms(r.coldP95)}`],
    ['query p50 / p95, 2nd pass', (r) => `${ms(r.p50)} / ${ms(r.p95)}`],
    ['  same, page ↔ worker round trip', (r) => `${ms(r.roundTripP50)} / ${ms(r.roundTripP95)}`],
    ['Pagefind index build', (r) => (r.pagefind ? ms(r.pagefind.buildMs) : '–')],
    ['Pagefind first query (cold)', (r) => (r.pagefind ? ms(r.pagefind.firstQueryMs) : '–')],
    ['Pagefind first query bytes', (r) => (r.pagefind ? kB(r.pagefind.firstQueryBytes) : '–')],
    [
      'Pagefind p50 / p95, 1st pass',
      (r) => (r.pagefind ? `${ms(r.pagefind.coldP50)} / ${ms(r.pagefind.coldP95)}` : '–'),
    ],
    ['Pagefind p50 / p95, 2nd pass', (r) => (r.pagefind ? `${ms(r.pagefind.p50)} / ${ms(r.pagefind.p95)}` : '–')],
  ]
  const header = ['', ...rows.map((r) => r.corpus)]
  const table = [header, ...lines.map(([label, cell]) => [label, ...rows.map(cell)])]
  const widths = header.map((_, c) => Math.max(...table.map((line) => line[c]!.length)))
  for (const [i, line] of table.entries()) {
    console.log(line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: '0,1000,10000' },
      'no-pagefind': { type: 'boolean', default: false },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()))
  if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
    throw new Error(`--sizes needs whole numbers separated by commas, got "${values.sizes}"`)
  }

  const bundle = await build({
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const workerJs = bundle.outputFiles[0]!.text

  const root = await mkdtemp(path.join(tmpdir(), 'mao-search-bench-'))
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  const rows: Row[] = []
  try {
    const seed = seedSearchDocuments()
    for (const size of sizes) {
      const label = size === 0 ? 'seed' : `seed + ${size}`
      console.error(`[bench search] ${label}: building and measuring…`)
      const docs = size === 0 ? seed : [...seed, ...generatedSearchDocuments(size)]
      rows.push(
        await benchCorpus(browser, path.join(root, String(size)), label, docs, workerJs, !values['no-pagefind']),
      )
    }
  } finally {
    await browser.close()
    if (!values.keep) await rm(root, { recursive: true, force: true })
    else console.error(`[bench search] files kept in ${root}`)
  }

  console.log(
    `\nSearch benchmark: ${BENCH_QUERIES.length} queries, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}\n`,
  )
  printTable(rows)
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 2)}\n`)
}
