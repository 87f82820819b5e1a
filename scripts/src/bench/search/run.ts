/**
 * `pnpm bench search [--sizes 0,1000,10000] [--no-pagefind] [--index-only] [--shard-chars N] [--chunk-size N] [--json file] [--keep]`
 *
 * For the seeded content plus N generated documents (the `pnpm seed --scale N` generator, no CMS
 * needed): build time and the size of the split search files (manifest, postings shards, result
 * chunks), then in Chromium (/usr/bin/chromium, through the production search worker) the time
 * to fetch and load the manifest, the first query from a cold page with its bytes split by file
 * kind, and p50/p95 over 100 fixed queries (a first pass, where shards and chunks are fetched and
 * terms decoded on first use, and a second); and the same for Pagefind on the same documents as
 * HTML pages. A query is answered when 20 results with title, URL and snippet (and, for us, the
 * facet counts) are ready. For reference, the gzip size of the former format (the whole index and
 * the whole store, both fetched before the first query), computed in Node. The index's build time
 * with an empty term cache beside one after a single document changed (indexBuildTimes.ts);
 * `--index-only` measures just that, without Chromium.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { repoRoot } from '@mao/cms/repo-root'
import { buildIndexData, serializeIndex } from '@mao/shared/search/indexData'
import { splitSearchFiles, type SplitOptions } from '@mao/shared/search/splitFiles'
import { createStore, storedDoc } from '@mao/shared/search/store'
import { suggestionWords } from '@mao/shared/search/suggest'
import type { SearchDocument } from '@mao/shared/search/types'
import { OURS_PAGE, PAGEFIND_PAGE } from './benchPages'
import { BENCH_QUERIES } from './benchQueries'
import { serveCounting, type CountingServer } from './countingServer'
import { generatedSearchDocuments } from './generatedDocuments'
import { percentile as nearestRank } from '../load/percentile'
import { measureIndexBuild, type IndexBuildTimes } from './indexBuildTimes'
import { buildPagefind } from './pagefindSite'
import { precompress } from './precompress'
import { seedSearchDocuments } from './seedDocuments'

const WORKER_ENTRY = path.join(repoRoot, 'site/src/lib/search/search.worker.ts')
const BENCH_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; worker-src 'self' blob:; img-src 'self' data:"
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

interface Row {
  corpus: string
  docs: number
  buildMs: number
  indexBuild: IndexBuildTimes
  manifestGzip: number
  shards: number
  shardsGzip: number
  chunks: number
  chunksGzip: number
  /** The former format: whole index and whole store, gzip. */
  wholeIndexGzip: number
  wholeStoreGzip: number
  workerGzip: number
  fetchMs: number
  loadMs: number
  readyMs: number
  firstQueryMs: number
  firstQueryBytes: number
  /** First query bytes by kind of file. */
  firstQuerySplit: {
    worker: number
    manifest: number
    shards: number
    chunks: number
    /** The words for "Bedoelde je …?", when the first query needs a suggestion. */
    words: number
    shardFiles: number
    chunkFiles: number
  }
  /** First pass over the queries: shards and chunks fetched, terms decoded on first use. */
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

const percentile = (values: readonly number[], p: number): number =>
  nearestRank(
    [...values].sort((a, b) => a - b),
    p,
  )

/** Load the page, then answer the first query from cold; counts the bytes that took (page excluded). */
async function coldStart(browser: Browser, server: CountingServer, pageName: string, query: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[bench search] ${pageName}: ${error.message}`))
  const response = await page.goto(`${server.url}/${pageName}`)
  if (!response?.ok()) throw new Error(`${pageName}: HTTP ${response?.status()}`)
  server.resetBytes()
  const first = await page.evaluate(
    (q) => (window as unknown as { start(q: string): Promise<Record<string, number>> }).start(q),
    query,
  )
  await new Promise((resolve) => setTimeout(resolve, 200))
  return { context, page, first, bytes: server.bytesSent(), byPath: server.bytesByPath() }
}

async function measureOurs(browser: Browser, server: CountingServer, queries: readonly string[]) {
  const { context, page, first, bytes, byPath } = await coldStart(browser, server, 'ours.html', queries[0]!)
  type Measured = { roundTrip: number[]; inWorker: number[]; hits: number[] }
  const run = () =>
    page.evaluate((qs) => (window as unknown as { measure(q: string[]): Promise<Measured> }).measure(qs), [...queries])
  const cold = await run()
  const measured = await run()
  await context.close()
  return { first, bytes, byPath, cold, measured }
}

function splitBytes(byPath: ReadonlyMap<string, number>): Row['firstQuerySplit'] {
  const split = { worker: 0, manifest: 0, shards: 0, chunks: 0, words: 0, shardFiles: 0, chunkFiles: 0 }
  for (const [urlPath, bytes] of byPath) {
    const name = path.posix.basename(urlPath)
    if (name === 'worker.js') split.worker += bytes
    else if (name === 'zoekindex.json') split.manifest += bytes
    else if (name === 'zoekwoorden.json') split.words += bytes
    else if (name.startsWith('zoektermen.')) {
      split.shards += bytes
      split.shardFiles += 1
    } else if (name.startsWith('zoekresultaten.')) {
      split.chunks += bytes
      split.chunkFiles += 1
    } else throw new Error(`Unexpected file in the first query: ${urlPath}`)
  }
  return split
}

/** The former store file (version 2): every document's display data and meta, fetched whole. */
function wholeStoreJson(docs: readonly SearchDocument[]): string {
  const store = createStore(docs)
  return JSON.stringify({ version: 2, stamp: store.stamp, docs: docs.map((_, d) => storedDoc(store, d)) })
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
  splitOptions: SplitOptions,
): Promise<Row> {
  await mkdir(folder, { recursive: true })
  const started = performance.now()
  const data = buildIndexData(docs)
  const split = splitSearchFiles(
    data,
    createStore(docs),
    (kind, body) =>
      `${kind === 'shard' ? 'zoektermen' : 'zoekresultaten'}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`,
    splitOptions,
  )
  const buildMs = performance.now() - started
  const indexBuild = await measureIndexBuild(docs)
  const gzipOf = (kind: 'shard' | 'chunk') =>
    split.files.filter((file) => file.kind === kind).reduce((sum, file) => sum + gzipSync(file.body).length, 0)
  await Promise.all([
    writeFile(path.join(folder, 'zoekindex.json'), split.manifest),
    writeFile(path.join(folder, 'zoekwoorden.json'), JSON.stringify(suggestionWords(docs))),
    ...split.files.map((file) => writeFile(path.join(folder, file.name), file.body)),
    writeFile(path.join(folder, 'worker.js'), workerJs),
    // The site server serves a folder only once it has an index.html (a complete release), with
    // the release's security headers: the bench pages run inline scripts and Pagefind's WebAssembly.
    writeFile(path.join(folder, 'index.html'), '<!doctype html><title>bench</title>'),
    writeFile(
      path.join(folder, '_headers.json'),
      JSON.stringify({ headers: { 'Content-Security-Policy': BENCH_CSP } }),
    ),
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
      indexBuild,
      manifestGzip: gzipSync(split.manifest).length,
      shards: split.files.filter((file) => file.kind === 'shard').length,
      shardsGzip: gzipOf('shard'),
      chunks: split.files.filter((file) => file.kind === 'chunk').length,
      chunksGzip: gzipOf('chunk'),
      wholeIndexGzip: gzipSync(serializeIndex(data)).length,
      wholeStoreGzip: gzipSync(wholeStoreJson(docs)).length,
      workerGzip: gzipSync(workerJs).length,
      fetchMs: ours.first.fetchMs!,
      loadMs: ours.first.loadMs!,
      readyMs: ours.first.readyMs!,
      firstQueryMs: ours.first.firstMs!,
      firstQueryBytes: ours.bytes,
      firstQuerySplit: splitBytes(ours.byPath),
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

const indexBuildLines: [string, (row: Pick<Row, 'docs' | 'indexBuild'>) => string][] = [
  ['documents', (r) => String(r.docs)],
  ['index data, cold (no term cache)', (r) => ms(r.indexBuild.coldMs)],
  ['index data, 1 document changed', (r) => ms(r.indexBuild.changedMs)],
  ['  documents computed / cache file', (r) => `${r.indexBuild.changedMisses} / ${kB(r.indexBuild.cacheFileBytes)}`],
]

const lines: [string, (row: Row) => string][] = [
  ['documents', (r) => String(r.docs)],
  ['index build + split (Node)', (r) => ms(r.buildMs)],
  ...indexBuildLines.slice(1),
  ['manifest gzip', (r) => kB(r.manifestGzip)],
  ['postings shards: files / gzip', (r) => `${r.shards} / ${kB(r.shardsGzip)}`],
  ['result chunks: files / gzip', (r) => `${r.chunks} / ${kB(r.chunksGzip)}`],
  ['worker JS gzip', (r) => kB(r.workerGzip)],
  ['fetch manifest (localhost)', (r) => ms(r.fetchMs)],
  ['load: parse + decode', (r) => ms(r.loadMs)],
  ['worker ready (cold)', (r) => ms(r.readyMs)],
  ['first query (cold page)', (r) => ms(r.firstQueryMs)],
  ['first query bytes', (r) => kB(r.firstQueryBytes)],
  ['  worker JS', (r) => kB(r.firstQuerySplit.worker)],
  ['  manifest', (r) => kB(r.firstQuerySplit.manifest)],
  ['  shards (files)', (r) => `${kB(r.firstQuerySplit.shards)} (${r.firstQuerySplit.shardFiles})`],
  ['  chunks (files)', (r) => `${kB(r.firstQuerySplit.chunks)} (${r.firstQuerySplit.chunkFiles})`],
  ['  suggestion words', (r) => kB(r.firstQuerySplit.words)],
  ['former format: worker + index + store', (r) => `${kB(r.workerGzip + r.wholeIndexGzip + r.wholeStoreGzip)}`],
  ['query p50 / p95, 1st pass', (r) => `${ms(r.coldP50)} / ${ms(r.coldP95)}`],
  ['query p50 / p95, 2nd pass', (r) => `${ms(r.p50)} / ${ms(r.p95)}`],
  ['  same, page ↔ worker round trip', (r) => `${ms(r.roundTripP50)} / ${ms(r.roundTripP95)}`],
  ['Pagefind index build', (r) => (r.pagefind ? ms(r.pagefind.buildMs) : '–')],
  ['Pagefind first query (cold)', (r) => (r.pagefind ? ms(r.pagefind.firstQueryMs) : '–')],
  ['Pagefind first query bytes', (r) => (r.pagefind ? kB(r.pagefind.firstQueryBytes) : '–')],
  ['Pagefind p50 / p95, 1st pass', (r) => (r.pagefind ? `${ms(r.pagefind.coldP50)} / ${ms(r.pagefind.coldP95)}` : '–')],
  ['Pagefind p50 / p95, 2nd pass', (r) => (r.pagefind ? `${ms(r.pagefind.p50)} / ${ms(r.pagefind.p95)}` : '–')],
]

function printTable<R extends Pick<Row, 'corpus'>>(rows: readonly R[], lines: [string, (row: R) => string][]): void {
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
      'shard-chars': { type: 'string' },
      'chunk-size': { type: 'string' },
      'index-only': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  })
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()))
  if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
    throw new Error(`--sizes needs whole numbers separated by commas, got "${values.sizes}"`)
  }

  if (values['index-only']) {
    await runIndexOnly(sizes, values.json)
    return
  }

  const splitOptions: SplitOptions = {
    ...(values['shard-chars'] ? { shardChars: Number(values['shard-chars']) } : {}),
    ...(values['chunk-size'] ? { chunkSize: Number(values['chunk-size']) } : {}),
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
        await benchCorpus(
          browser,
          path.join(root, String(size)),
          label,
          docs,
          workerJs,
          !values['no-pagefind'],
          splitOptions,
        ),
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
  printTable(rows, lines)
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 2)}\n`)
}

/** `--index-only`: the index's build time with and without the term cache, no browser. */
async function runIndexOnly(sizes: readonly number[], json: string | undefined): Promise<void> {
  const seed = seedSearchDocuments()
  const rows: Pick<Row, 'corpus' | 'docs' | 'indexBuild'>[] = []
  for (const size of sizes) {
    const corpus = size === 0 ? 'seed' : `seed + ${size}`
    console.error(`[bench search] ${corpus}: index build with and without the term cache…`)
    const docs = size === 0 ? seed : [...seed, ...generatedSearchDocuments(size)]
    rows.push({ corpus, docs: docs.length, indexBuild: await measureIndexBuild(docs) })
  }
  console.log(`\nSearch index build, ${new Date().toISOString().slice(0, 10)}\n`)
  printTable(rows, indexBuildLines)
  if (json) await writeFile(json, `${JSON.stringify(rows, null, 2)}\n`)
}
