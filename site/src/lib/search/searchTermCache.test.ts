import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildIndexData } from '@mao/shared/search/indexData'
import { loadTermCache, TERM_CACHE_FILE } from '@mao/shared/search/termCacheFile'
import { IncrementalBuild, startBuild } from '../incremental/incrementalBuild'
import { searchTermCache } from './searchTermCache'

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
]

describe('searchTermCache', () => {
  let cacheDir = ''
  afterEach(() => {
    startBuild(undefined)
    rmSync(cacheDir, { recursive: true, force: true })
  })

  it('keeps the terms of a static build in its cache folder', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'mao-site-cache-'))
    startBuild(new IncrementalBuild(cacheDir, 'addresses', () => []))
    const first = searchTermCache()
    buildIndexData(docs, { terms: first.cache })
    expect(first.cache.misses).toBe(1)
    first.keep()

    // The next build (another process) reads them from the file.
    const stored = loadTermCache(path.join(cacheDir, TERM_CACHE_FILE))
    buildIndexData(docs, { terms: stored })
    expect([stored.hits, stored.misses]).toEqual([1, 0])

    // The same process (astro dev) keeps them in memory as well.
    const second = searchTermCache()
    buildIndexData(docs, { terms: second.cache })
    expect([second.cache.hits, second.cache.misses]).toEqual([1, 0])
  })

  it('gives the next build of the same process what it wrote, unless the file changed since', () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'mao-site-cache-'))
    startBuild(new IncrementalBuild(cacheDir, 'addresses', () => []))
    const first = searchTermCache()
    buildIndexData(docs, { terms: first.cache })
    first.keep()

    startBuild(new IncrementalBuild(cacheDir, 'addresses', () => []))
    const second = searchTermCache()
    expect(second.cache).toBe(first.cache)
    buildIndexData(docs, { terms: second.cache })
    expect([second.cache.hits, second.cache.misses]).toEqual([1, 0])
    second.keep()

    // Another process (or a restore) replaced the file: it is read, and it holds nothing usable.
    writeFileSync(path.join(cacheDir, TERM_CACHE_FILE), '{}')
    startBuild(new IncrementalBuild(cacheDir, 'addresses', () => []))
    const third = searchTermCache()
    expect(third.cache).not.toBe(first.cache)
    buildIndexData(docs, { terms: third.cache })
    expect([third.cache.hits, third.cache.misses]).toEqual([0, 1])
  })
})
