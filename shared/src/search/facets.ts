/**
 * Facet filtering and counting over typed arrays. Per store, once: every facet value gets a
 * number and every document its value numbers (`facetTable`); a query then filters and counts
 * its hits with integer array increments instead of string maps.
 */
import { docCount, docMeta, type DocumentStore } from './store'

export type Dimension = 'type' | 'theme' | 'region'
export const DIMENSIONS: readonly Dimension[] = ['type', 'theme', 'region']

export type FacetCounts = Record<string, number>
export type SearchFacets = Record<Dimension, FacetCounts>

/** Selected values per dimension; an absent or empty dimension does not filter. */
export type Selection = Partial<Record<Dimension, readonly string[]>>

interface DimensionTable {
  values: string[]
  /** Value numbers of document d: ids[start[d] … start[d + 1]), without duplicates. */
  start: Uint32Array
  ids: Uint32Array
}

export type FacetTable = Record<Dimension, DimensionTable>

const tables = new WeakMap<DocumentStore, FacetTable>()

function dimensionTable(store: DocumentStore, valuesOf: (d: number) => readonly string[]): DimensionTable {
  const numbers = new Map<string, number>()
  const count = docCount(store)
  const start = new Uint32Array(count + 1)
  const ids: number[] = []
  for (let d = 0; d < count; d += 1) {
    start[d] = ids.length
    const seen = new Set<number>()
    for (const value of valuesOf(d)) {
      let id = numbers.get(value)
      if (id === undefined) {
        id = numbers.size
        numbers.set(value, id)
      }
      if (!seen.has(id)) ids.push(id)
      seen.add(id)
    }
  }
  start[count] = ids.length
  return { values: [...numbers.keys()], start, ids: Uint32Array.from(ids) }
}

/** The facet table of a store, built on first use and cached. */
export function facetTable(store: DocumentStore): FacetTable {
  let table = tables.get(store)
  if (table === undefined) {
    table = {
      type: dimensionTable(store, (d) => [docMeta(store, d).type]),
      theme: dimensionTable(store, (d) => docMeta(store, d).themes),
      region: dimensionTable(store, (d) => docMeta(store, d).regions),
    }
    tables.set(store, table)
  }
  return table
}

interface CompiledSelection {
  dimension: Dimension
  table: DimensionTable
  /** 1 for every selected value number. */
  selected: Uint8Array
  /** Selected values, also those no document has. */
  names: string[]
}

function compile(table: FacetTable, selection: Selection): CompiledSelection[] {
  const compiled: CompiledSelection[] = []
  for (const dimension of DIMENSIONS) {
    const names = [...new Set(selection[dimension] ?? [])]
    if (names.length === 0) continue
    const t = table[dimension]
    const selected = new Uint8Array(t.values.length)
    for (const name of names) {
      const id = t.values.indexOf(name)
      if (id >= 0) selected[id] = 1
    }
    compiled.push({ dimension, table: t, selected, names })
  }
  return compiled
}

function hasSelected(c: CompiledSelection, doc: number): boolean {
  for (let i = c.table.start[doc]!; i < c.table.start[doc + 1]!; i += 1)
    if (c.selected[c.table.ids[i]!] === 1) return true
  return false
}

export interface FacetResult {
  /** Positions (into `docs`) of the documents that pass every selected dimension. */
  passing: number[]
  facets: SearchFacets
}

/**
 * Filter `docs` (document numbers, `count` of them) by the selection (OR within a dimension, AND
 * across) and count each dimension over the documents that pass the *other* dimensions. Counts
 * are sorted by count, then by name (Dutch collation); a selected value without hits counts 0.
 */
export function filterAndCount(
  store: DocumentStore,
  docs: Uint32Array,
  count: number,
  selection: Selection,
): FacetResult {
  const table = facetTable(store)
  const compiled = compile(table, selection)
  const counters = DIMENSIONS.map((dimension) => new Uint32Array(table[dimension].values.length))
  const passing: number[] = []
  for (let i = 0; i < count; i += 1) {
    const doc = docs[i]!
    let failed = -1
    let failures = 0
    for (let c = 0; c < compiled.length; c += 1) {
      if (!hasSelected(compiled[c]!, doc)) {
        failures += 1
        failed = c
        if (failures > 1) break
      }
    }
    if (failures > 1) continue
    if (failures === 0) passing.push(i)
    // A document counts in a dimension when it passes every other dimension.
    DIMENSIONS.forEach((dimension, k) => {
      if (failures === 1 && compiled[failed]!.dimension !== dimension) return
      const t = table[dimension]
      const counter = counters[k]!
      for (let j = t.start[doc]!; j < t.start[doc + 1]!; j += 1) counter[t.ids[j]!] = counter[t.ids[j]!]! + 1
    })
  }
  const facets = {} as SearchFacets
  DIMENSIONS.forEach((dimension, k) => {
    const counts = new Map<string, number>()
    for (const c of compiled) if (c.dimension === dimension) for (const name of c.names) counts.set(name, 0)
    table[dimension].values.forEach((value, id) => {
      const n = counters[k]![id]!
      if (n > 0) counts.set(value, n)
    })
    facets[dimension] = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')))
  })
  return { passing, facets }
}

export function emptyFacets(): SearchFacets {
  return { type: {}, theme: {}, region: {} }
}
