/**
 * Runs the judgement set against the search on the seeded corpus, built the way the site builds
 * it: split into the manifest, postings shards and result chunks, and loaded again as the search
 * worker loads them.
 */
import { buildIndexData } from '@mao/shared/search/indexData'
import { search } from '@mao/shared/search/query'
import { splitSearchFiles } from '@mao/shared/search/splitFiles'
import { loadManifest } from '@mao/shared/search/splitLoad'
import { createStore } from '@mao/shared/search/store'
import type { SearchDocument } from '@mao/shared/search/types'
import { seedSearchDocuments } from '../search/seedDocuments'
import { JUDGEMENTS, type Judgement, type QueryClass } from './judgements'
import { mean, NDCG_DEPTH, ndcgAt, reciprocalRank } from './metrics'

/** Results fetched for MRR: a first good result below 20 counts as not found. */
export const MRR_DEPTH = 20

export interface QueryScore {
  query: string
  class: QueryClass
  ndcg: number
  rr: number
  /** The first results, to see what came first. */
  top: string[]
}

export interface Summary {
  queries: number
  ndcg: number
  mrr: number
}

export interface Evaluation {
  overall: Summary
  byClass: Record<string, Summary>
  scores: QueryScore[]
}

export type Ranker = (query: string, limit: number) => string[]

/** A ranker over the seed documents (or `docs`), through the site's search files. */
export function seedRanker(docs: readonly SearchDocument[] = seedSearchDocuments()): Ranker {
  let n = 0
  const split = splitSearchFiles(buildIndexData(docs), createStore(docs), (kind) => `${kind}-${n++}.json`)
  const { index, store, addFile } = loadManifest(split.manifest)
  for (const file of split.files) addFile(file.name, file.body)
  return (query, limit) => search(index, store, query, { limit }).results.map((hit) => hit.ref)
}

function summarise(scores: readonly QueryScore[]): Summary {
  return { queries: scores.length, ndcg: mean(scores.map((s) => s.ndcg)), mrr: mean(scores.map((s) => s.rr)) }
}

export function evaluate(rank: Ranker, judgements: readonly Judgement[] = JUDGEMENTS): Evaluation {
  const scores = judgements.map((j): QueryScore => {
    const ranking = rank(j.query, MRR_DEPTH)
    return {
      query: j.query,
      class: j.class,
      ndcg: ndcgAt(ranking.slice(0, NDCG_DEPTH), j.grades),
      rr: reciprocalRank(ranking, j.grades),
      top: ranking.slice(0, NDCG_DEPTH),
    }
  })
  const byClass: Record<string, Summary> = {}
  for (const name of [...new Set(judgements.map((j) => j.class))]) {
    byClass[name] = summarise(scores.filter((s) => s.class === name))
  }
  return { overall: summarise(scores), byClass, scores }
}
