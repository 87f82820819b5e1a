/**
 * Browser side of the split search files (`splitFormat.ts`): the manifest gives an index and a
 * store that answer queries synchronously; a query that needs a postings shard or a display
 * chunk not loaded yet throws a `MissingFilesError` listing them all (engine.ts, query.ts). The
 * caller fetches those files, hands each to `addFile` and searches again.
 */
import { createEngineIndex, type PostingSource, type SearchIndex } from './engine'
import {
  CHUNK_FORMAT,
  MANIFEST_FORMAT,
  SHARD_FORMAT,
  SPLIT_VERSION,
  type DisplayChunk,
  type EncodedMeta,
  type PostingsShard,
  type SearchManifest,
} from './splitFormat'
import { dayString, type DocDisplay, type DocMeta, type DocumentStore } from './store'
import { SEARCH_FIELDS, type DocType } from './types'
import { decodeVarints, VarintReader } from './varint'

export interface SplitSearch {
  index: SearchIndex
  store: DocumentStore
  /** Hand over a fetched shard or chunk (JSON text or parsed). Throws when it does not fit. */
  addFile(name: string, json: string | object): void
}

const MISMATCH = 'Zoekindex en zoekbestanden horen niet bij dezelfde versie van de site'

export function loadManifest(json: string | object): SplitSearch {
  const manifest = parseManifest(json)
  const terms = manifest.terms === '' ? [] : manifest.terms.split(' ')
  const frequencies = decodeVarints(manifest.frequencies)
  if (frequencies.length !== terms.length) throw new Error('Search manifest: frequencies do not match the terms')

  // Shard s holds terms firsts[s] … firsts[s + 1] - 1.
  const firsts = [0]
  for (const shard of manifest.shards) firsts.push(firsts[firsts.length - 1]! + shard.terms)
  if (firsts[firsts.length - 1] !== terms.length) throw new Error('Search manifest: shards do not match the terms')
  const shardOf = (t: number): number => {
    let lo = 0
    let hi = manifest.shards.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (firsts[mid]! <= t) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const loadedShards: ({ text: string; starts: Uint32Array } | undefined)[] = new Array(manifest.shards.length)

  const source: PostingSource = {
    segment(t) {
      const s = shardOf(t)
      const shard = loadedShards[s]
      if (shard === undefined) return undefined
      const local = t - firsts[s]!
      return { text: shard.text, start: shard.starts[local]!, end: shard.starts[local + 1]! }
    },
    documentFrequency: (t) => frequencies[t]!,
    missingFiles(ids) {
      const files = new Set<string>()
      for (const t of ids) {
        const s = shardOf(t)
        if (loadedShards[s] === undefined) files.add(manifest.shards[s]!.file)
      }
      return [...files]
    },
  }
  const index = createEngineIndex({ ...manifest, terms }, source)

  const meta = decodeMeta(manifest.meta, manifest.count)
  const store: DocumentStore = {
    stamp: manifest.stamp,
    meta,
    display: new Array<DocDisplay | undefined>(manifest.count).fill(undefined),
    chunkSize: manifest.chunkSize,
    chunkFiles: manifest.chunks,
  }
  if (manifest.chunks.length !== Math.ceil(manifest.count / manifest.chunkSize))
    throw new Error('Search manifest: chunks do not match the document count')

  const shardNumber = new Map(manifest.shards.map((shard, s) => [shard.file, s]))
  const chunkNumber = new Map(manifest.chunks.map((file, c) => [file, c]))

  const addShard = (s: number, data: PostingsShard): void => {
    if (data.first !== firsts[s]) throw new Error(MISMATCH)
    const lengths = decodeVarints(data.termLengths)
    const size = firsts[s + 1]! - firsts[s]!
    if (lengths.length !== size) throw new Error('Search shard: postings do not match the term list')
    const starts = new Uint32Array(size + 1)
    for (let i = 0; i < size; i += 1) starts[i + 1] = starts[i]! + lengths[i]!
    if (starts[size] !== data.postings.length) throw new Error('Search shard: postings do not match the term list')
    loadedShards[s] = { text: data.postings, starts }
  }
  const addChunk = (c: number, data: DisplayChunk): void => {
    const first = c * manifest.chunkSize
    const size = Math.min(manifest.chunkSize, manifest.count - first)
    if (data.first !== first || data.docs.length !== size) throw new Error(MISMATCH)
    data.docs.forEach(([id, title, url, snippet, headline, date], i) => {
      const doc: DocDisplay = { id, title, url, snippet }
      if (headline) doc.headline = headline
      if (date) doc.date = date
      store.display[first + i] = doc
    })
  }

  return {
    index,
    store,
    addFile(name, json) {
      const data = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<PostingsShard | DisplayChunk> | null
      if (typeof data !== 'object' || data === null) throw new Error(`${name}: not a search file`)
      if (data.stamp !== manifest.stamp) throw new Error(MISMATCH)
      const s = shardNumber.get(name)
      const c = chunkNumber.get(name)
      if (s !== undefined && isShard(data)) addShard(s, data)
      else if (c !== undefined && isChunk(data)) addChunk(c, data)
      else throw new Error(`${name}: not a file of this search index`)
    },
  }
}

function isShard(data: object): data is PostingsShard {
  const d = data as Partial<PostingsShard>
  return (
    d.format === SHARD_FORMAT &&
    Number.isInteger(d.first) &&
    typeof d.postings === 'string' &&
    typeof d.termLengths === 'string'
  )
}

function isChunk(data: object): data is DisplayChunk {
  const d = data as Partial<DisplayChunk>
  return (
    d.format === CHUNK_FORMAT &&
    Number.isInteger(d.first) &&
    Array.isArray(d.docs) &&
    d.docs.every((doc) => Array.isArray(doc) && doc.length === 6 && doc.every((v) => typeof v === 'string'))
  )
}

function decodeMeta(encoded: EncodedMeta, count: number): DocMeta[] {
  const type = new VarintReader(encoded.type)
  const theme = new VarintReader(encoded.theme)
  const region = new VarintReader(encoded.region)
  const day = new VarintReader(encoded.day)
  const value = (list: readonly string[], n: number): string => {
    const v = list[n]
    if (v === undefined) throw new Error('Search manifest: meta out of range')
    return v
  }
  const values = (reader: VarintReader, list: readonly string[]): string[] =>
    Array.from({ length: reader.next() }, () => value(list, reader.next()))
  const meta: DocMeta[] = []
  for (let d = 0; d < count; d += 1) {
    const doc: DocMeta = {
      type: value(encoded.types, type.next()) as DocType,
      themes: values(theme, encoded.themes),
      regions: values(region, encoded.regions),
    }
    const n = day.next()
    if (n > 0) doc.date = dayString(n - 1)
    meta.push(doc)
  }
  if (!type.done || !theme.done || !region.done || !day.done)
    throw new Error('Search manifest: meta does not match the document count')
  return meta
}

/** Check the shape of a parsed manifest; throws a clear error for anything else. */
export function parseManifest(json: string | object): SearchManifest {
  const data: unknown = typeof json === 'string' ? JSON.parse(json) : json
  const m = data as Partial<SearchManifest> | null
  const strings = (list: unknown): boolean => Array.isArray(list) && list.every((v) => typeof v === 'string')
  const meta = m?.meta
  const valid =
    typeof m === 'object' &&
    m !== null &&
    m.format === MANIFEST_FORMAT &&
    m.version === SPLIT_VERSION &&
    typeof m.stamp === 'string' &&
    Array.isArray(m.fields) &&
    m.fields.length === SEARCH_FIELDS.length &&
    SEARCH_FIELDS.every((field, i) => m.fields?.[i] === field) &&
    Array.isArray(m.boosts) &&
    m.boosts.length === SEARCH_FIELDS.length &&
    typeof m.k1 === 'number' &&
    typeof m.b === 'number' &&
    Number.isInteger(m.count) &&
    (m.count ?? -1) >= 0 &&
    typeof m.terms === 'string' &&
    typeof m.frequencies === 'string' &&
    Array.isArray(m.patterns) &&
    m.patterns.every((p) => Array.isArray(p) && p.length === SEARCH_FIELDS.length) &&
    strings(m.lengths) &&
    m.lengths?.length === SEARCH_FIELDS.length &&
    Array.isArray(m.shards) &&
    m.shards.every((s) => typeof s?.file === 'string' && Number.isInteger(s.terms) && s.terms > 0) &&
    Number.isInteger(m.chunkSize) &&
    (m.chunkSize ?? 0) > 0 &&
    strings(m.chunks) &&
    typeof meta === 'object' &&
    meta !== null &&
    strings(meta.types) &&
    strings(meta.themes) &&
    strings(meta.regions) &&
    ['type', 'theme', 'region', 'day'].every((k) => typeof meta[k as keyof EncodedMeta] === 'string')
  if (!valid) throw new Error(`Not a search manifest (${MANIFEST_FORMAT} version ${SPLIT_VERSION})`)
  return m as SearchManifest
}
