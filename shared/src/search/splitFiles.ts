/**
 * Build side of the split search files (`splitFormat.ts`): the whole index data and store of a
 * build cut into a manifest, postings shards and display chunks. File names come from the
 * caller (`nameFile`), who hashes the content: shared code runs in the browser too.
 */
import type { SearchIndexData } from './indexData'
import {
  CHUNK_FORMAT,
  MANIFEST_FORMAT,
  SHARD_FORMAT,
  SPLIT_VERSION,
  type ChunkDoc,
  type DisplayChunk,
  type EncodedMeta,
  type PostingsShard,
  type SearchManifest,
} from './splitFormat'
import { dayNumber, type DocumentStore } from './store'
import { decodeVarints, encodeVarints, VarintReader } from './varint'

export interface SplitOptions {
  /**
   * Close a postings shard once it holds this many characters of postings (a term is never
   * cut). 16,000 characters make shards of about 7 kB gzip at 10,000 documents (`pnpm bench search`).
   */
  shardChars?: number
  /** Documents per display chunk. */
  chunkSize?: number
}

export const DEFAULT_SHARD_CHARS = 16_000
export const DEFAULT_CHUNK_SIZE = 16

export interface SplitFile {
  kind: 'shard' | 'chunk'
  name: string
  body: string
}

export interface SplitFiles {
  /** The manifest's JSON text (the caller names it). */
  manifest: string
  files: SplitFile[]
}

export function splitSearchFiles(
  data: SearchIndexData,
  store: DocumentStore,
  nameFile: (kind: SplitFile['kind'], body: string) => string,
  options: SplitOptions = {},
): SplitFiles {
  if (data.stamp !== store.stamp) throw new Error('The search index and the document store come from different builds')
  const shardChars = options.shardChars ?? DEFAULT_SHARD_CHARS
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
  const files: SplitFile[] = []
  const add = (kind: SplitFile['kind'], body: string): string => {
    const name = nameFile(kind, body)
    files.push({ kind, name, body })
    return name
  }

  const termLengths = decodeVarints(data.termLengths)
  const frequencies: number[] = []
  const shards: SearchManifest['shards'] = []
  let first = 0
  let offset = 0
  const closeShard = (end: number): void => {
    const lengths = termLengths.slice(first, end)
    const size = lengths.reduce((sum, n) => sum + n, 0)
    const shard: PostingsShard = {
      format: SHARD_FORMAT,
      stamp: data.stamp,
      first,
      postings: data.postings.slice(offset, offset + size),
      termLengths: encodeVarints(lengths),
    }
    shards.push({ file: add('shard', JSON.stringify(shard)), terms: end - first })
    first = end
    offset += size
  }
  let chars = 0
  termLengths.forEach((length, t) => {
    const start = offset + chars
    frequencies.push(new VarintReader(data.postings.slice(start, start + 8)).next())
    chars += length
    if (chars >= shardChars) {
      closeShard(t + 1)
      chars = 0
    }
  })
  if (first < termLengths.length) closeShard(termLengths.length)

  const chunks: string[] = []
  for (let start = 0; start < store.display.length; start += chunkSize) {
    const docs = store.display.slice(start, start + chunkSize).map((doc): ChunkDoc => {
      if (doc === undefined) throw new Error('Cannot split a store whose display data is not loaded')
      return [doc.id, doc.title, doc.url, doc.snippet, doc.headline ?? '', doc.date ?? '']
    })
    const chunk: DisplayChunk = { format: CHUNK_FORMAT, stamp: store.stamp, first: start, docs }
    chunks.push(add('chunk', JSON.stringify(chunk)))
  }

  const manifest: SearchManifest = {
    format: MANIFEST_FORMAT,
    version: SPLIT_VERSION,
    stamp: data.stamp,
    fields: data.fields,
    boosts: data.boosts,
    k1: data.k1,
    b: data.b,
    count: data.count,
    terms: data.terms,
    frequencies: encodeVarints(frequencies),
    patterns: data.patterns,
    lengths: data.lengths,
    shards,
    meta: encodeMeta(store),
    chunkSize,
    chunks,
  }
  return { manifest: JSON.stringify(manifest), files }
}

export function encodeMeta(store: DocumentStore): EncodedMeta {
  const numbering = () => {
    const numbers = new Map<string, number>()
    return {
      numbers,
      of: (value: string) => {
        let n = numbers.get(value)
        if (n === undefined) {
          n = numbers.size
          numbers.set(value, n)
        }
        return n
      },
    }
  }
  const types = numbering()
  const themes = numbering()
  const regions = numbering()
  const type: number[] = []
  const theme: number[] = []
  const region: number[] = []
  const day: number[] = []
  for (const meta of store.meta) {
    type.push(types.of(meta.type))
    theme.push(meta.themes.length, ...meta.themes.map(themes.of))
    region.push(meta.regions.length, ...meta.regions.map(regions.of))
    const d = dayNumber(meta.date)
    day.push(d === undefined ? 0 : d + 1)
  }
  return {
    types: [...types.numbers.keys()],
    themes: [...themes.numbers.keys()],
    regions: [...regions.numbers.keys()],
    type: encodeVarints(type),
    theme: encodeVarints(theme),
    region: encodeVarints(region),
    day: encodeVarints(day),
  }
}
