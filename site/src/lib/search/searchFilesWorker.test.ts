import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { buildIndexData } from '@mao/shared/search/indexData'
import { loadTermCache } from '@mao/shared/search/termCacheFile'
import { writeSearchFiles, writeSearchFilesInWorker, type SearchFilesJob } from './searchFilesWorker'

const docs = [
  {
    id: 'a',
    type: 'news',
    title: 'Passend onderwijs in de regio',
    summary: '',
    body: 'OOGO',
    themes: [],
    regions: [],
    url: '/a',
  },
  {
    id: 'b',
    type: 'practices',
    title: 'Zorg in de klas',
    summary: 'Samen',
    body: '',
    themes: [],
    regions: [],
    url: '/b',
  },
]

let scratch = ''
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

function job(): SearchFilesJob {
  scratch = mkdtempSync(path.join(tmpdir(), 'mao-search-worker-'))
  return { docs, outDir: path.join(scratch, 'release'), termCacheFile: path.join(scratch, 'cache', 'terms.json') }
}

/** A stand-in for the worker's module, to see how the build side takes each way a worker ends. */
function workerScript(body: string): URL {
  const file = path.join(scratch, `worker-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(file, `import { parentPort } from 'node:worker_threads'\n${body}\n`)
  return pathToFileURL(file)
}

describe('writeSearchFiles', () => {
  it("writes the files into the release's /zoeken and keeps the terms for the next build", () => {
    const searchJob = job()
    const written = writeSearchFiles(searchJob)

    const manifest = JSON.parse(readFileSync(path.join(searchJob.outDir, written.manifest.path), 'utf8')) as {
      count: number
    }
    expect(manifest.count).toBe(2)
    expect(written.manifest.path).toBe(`/zoeken/${written.manifest.name}`)
    const files = readdirSync(path.join(searchJob.outDir, 'zoeken'))
    expect(files).toEqual(expect.arrayContaining([written.manifest.name, written.words.name]))
    expect(files.every((name) => /^zoek[a-z]+\.[0-9a-f]{12}\.json$/.test(name))).toBe(true)
    expect(JSON.parse(readFileSync(path.join(searchJob.outDir, 'zoeken', written.words.name), 'utf8'))).toBeTruthy()

    const kept = loadTermCache(searchJob.termCacheFile)
    buildIndexData(docs, { terms: kept })
    expect([kept.hits, kept.misses]).toEqual([2, 0])
  })
})

describe('writeSearchFilesInWorker', () => {
  it('gives the names the worker answered once it has ended', async () => {
    const searchJob = job()
    const answer = { manifest: { name: 'm', path: '/zoeken/m' }, words: { name: 'w', path: '/zoeken/w' } }
    const entry = workerScript(`parentPort.postMessage(${JSON.stringify(answer)})`)
    await expect(writeSearchFilesInWorker(searchJob, entry)).resolves.toEqual(answer)
  })

  it('fails with the error the worker threw', async () => {
    const searchJob = job()
    const entry = workerScript(`throw new Error('schijf vol')`)
    await expect(writeSearchFilesInWorker(searchJob, entry)).rejects.toThrow('schijf vol')
  })

  it('fails when the worker ends without an answer', async () => {
    const searchJob = job()
    const entry = workerScript('process.exit(3)')
    await expect(writeSearchFilesInWorker(searchJob, entry)).rejects.toThrow('exit code 3')
  })
})
