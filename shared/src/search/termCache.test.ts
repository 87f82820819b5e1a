import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIndexData, serializeIndex, type BuildOptions } from './indexData'
import { PIPELINE_VERSION } from './pipelineVersion'
import { getSynonymMatcher } from './synonyms'
import { TermCache, type StoredTermCache } from './termCache'
import { loadTermCache, saveTermCache, TERM_CACHE_FILE } from './termCacheFile'
import { generatedCorpus as corpus } from './test-fixtures'
import type { SearchDocument } from './types'
import { scratchDirs } from '../test-scratchDirs'

const built = (docs: readonly SearchDocument[], options: BuildOptions = {}): string =>
  serializeIndex(buildIndexData(docs, options))

const folder = scratchDirs('mao-term-cache-')

/** A cache as a previous build left it: its file, with the terms of `docs`. */
function previousBuild(docs: readonly SearchDocument[], version?: string): string {
  const file = path.join(folder(), TERM_CACHE_FILE)
  const cache = loadTermCache(file, version)
  buildIndexData(docs, { terms: cache })
  saveTermCache(file, cache)
  return file
}

/** Builds `docs` with the cache of `file`; the index must equal a build without any cache. */
function expectSameAsFullBuild(file: string, docs: readonly SearchDocument[]): TermCache {
  const cache = loadTermCache(file)
  expect(built(docs, { terms: cache })).toBe(built(docs))
  return cache
}

describe('TermCache', () => {
  const docs = corpus(60)

  it('gives the index of a build without a cache, from an empty cache and from a full one', () => {
    const file = previousBuild(docs)
    expect(new TermCache().version).toBe(PIPELINE_VERSION)
    const cold = new TermCache()
    expect(built(docs, { terms: cold })).toBe(built(docs))
    expect([cold.hits, cold.misses]).toEqual([0, docs.length])
    const warm = expectSameAsFullBuild(file, docs)
    expect([warm.hits, warm.misses]).toEqual([docs.length, 0])
  })

  it('computes only an added document, and the index equals a full build (idf over the new corpus)', () => {
    const file = previousBuild(docs)
    const added = [...docs.slice(0, 30), corpus(1, 99)[0]!, ...docs.slice(30)].map((doc, i) => ({
      ...doc,
      id: `n${i}`,
    }))
    const cache = expectSameAsFullBuild(file, added)
    expect([cache.hits, cache.misses]).toEqual([docs.length, 1])
  })

  it('computes only an edited document', () => {
    const file = previousBuild(docs)
    const edited = docs.map((doc, i) => (i === 7 ? { ...doc, body: `${doc.body} passend onderwijs OOGO extra` } : doc))
    const cache = expectSameAsFullBuild(file, edited)
    expect([cache.hits, cache.misses]).toEqual([docs.length - 1, 1])
  })

  it('reuses every document after one is deleted, and stores only those still there', () => {
    const file = previousBuild(docs)
    const remaining = docs.filter((_, i) => i !== 12)
    const cache = expectSameAsFullBuild(file, remaining)
    expect([cache.hits, cache.misses]).toEqual([remaining.length, 0])
    saveTermCache(file, cache)
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTermCache
    expect(Object.keys(stored.entries)).toHaveLength(remaining.length)
  })

  it('stays exact through a series of edits, and after most documents are deleted (new vocabulary)', () => {
    const file = previousBuild(docs)
    let current = docs
    for (const step of [1, 2, 3]) {
      current = current.map((doc, i) => (i % 9 === step ? { ...doc, summary: `${doc.summary} stap ${step}` } : doc))
      const cache = expectSameAsFullBuild(file, current)
      saveTermCache(file, cache)
    }
    const few = current.slice(0, 10)
    saveTermCache(file, expectSameAsFullBuild(file, few))
    const cache = expectSameAsFullBuild(file, few)
    expect([cache.hits, cache.misses]).toEqual([few.length, 0])
    const words = (JSON.parse(readFileSync(file, 'utf8')) as StoredTermCache).words.split(' ')
    expect(new Set(words).size).toBe(words.length)
  })

  it('serves other index options from the same entries', () => {
    const file = previousBuild(docs)
    for (const maxBodyTerms of [0, 5, Infinity]) {
      expect(built(docs, { maxBodyTerms, terms: loadTermCache(file) })).toBe(built(docs, { maxBodyTerms }))
    }
  })

  it('builds from scratch when the file is missing, not JSON, or of another shape', () => {
    const file = path.join(folder(), TERM_CACHE_FILE)
    for (const content of [undefined, '{"format":"mao-search-terms",', '[]', 'null', '{"format":"other"}']) {
      if (content !== undefined) writeFileSync(file, content)
      const cache = expectSameAsFullBuild(file, docs)
      expect(cache.misses).toBe(docs.length)
    }
  })

  it('recomputes damaged entries and never uses them', () => {
    const file = previousBuild(docs)
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTermCache
    const keys = Object.keys(stored.entries)
    const damage = [
      (entry: string) => entry.slice(0, -3), // cut off
      (entry: string) => `${entry}A`, // a number too many
      (entry: string) => `${entry.slice(0, 4)}!${entry.slice(5)}`, // not a varint
      () => 'f'.repeat(40), // a word number beyond the vocabulary
      () => 42, // not a string
    ]
    damage.forEach((change, i) => {
      ;(stored.entries as Record<string, unknown>)[keys[i]!] = change(stored.entries[keys[i]!]!)
    })
    writeFileSync(file, JSON.stringify(stored))
    const cache = expectSameAsFullBuild(file, docs)
    expect(cache.misses).toBe(damage.length)
  })

  it('ignores a damaged vocabulary', () => {
    const file = previousBuild(docs)
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTermCache
    writeFileSync(file, JSON.stringify({ ...stored, words: `${stored.words}  ` }))
    expect(expectSameAsFullBuild(file, docs).misses).toBe(docs.length)
  })

  it('ignores the entries of another pipeline version, even when they look valid', () => {
    // Entries under the keys of `docs` but with the terms of other documents: wrong for this pipeline.
    const other = corpus(60, 5)
    const file = previousBuild(other, 'older-pipeline')
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTermCache
    const fresh = new TermCache()
    buildIndexData(docs, { terms: fresh })
    const keys = Object.keys(fresh.take().entries)
    const values = Object.values(stored.entries)
    writeFileSync(
      file,
      JSON.stringify({ ...stored, entries: Object.fromEntries(keys.map((key, i) => [key, values[i]!])) }),
    )
    const cache = expectSameAsFullBuild(file, docs)
    expect([cache.hits, cache.misses]).toEqual([0, docs.length])
  })

  it('creates the folder and leaves only the cache file in it', () => {
    const dir = path.join(folder(), 'cache', 'nested')
    const cache = new TermCache()
    buildIndexData(docs, { terms: cache })
    saveTermCache(path.join(dir, TERM_CACHE_FILE), cache)
    expect(readdirSync(dir)).toEqual([TERM_CACHE_FILE])
  })

  it('refuses its own synonym groups beside a term source', () => {
    expect(() => buildIndexData(docs, { terms: new TermCache(), synonyms: getSynonymMatcher() })).toThrow(/either/)
  })
})
