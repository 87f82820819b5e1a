/**
 * Guard on the relevance of the seeded corpus: the judgement set (judgements.ts) must keep its
 * targets (issue 14): MRR ≥ 0.9 and nDCG@5 ≥ 0.85 overall, no query class below 0.75 on either.
 * `pnpm bench relevance` prints the figures and what got worse.
 */
import { describe, expect, it } from 'vitest'
import { createIndex } from '@mao/shared/search/createIndex'
import { search } from '@mao/shared/search/query'
import { createStore } from '@mao/shared/search/store'
import { seedSearchDocuments } from '../search/seedDocuments'
import { evaluate, seedRanker } from './evaluate'
import { JUDGEMENTS, QUERY_CLASSES } from './judgements'

const docs = seedSearchDocuments()

describe('relevance on the seeded corpus', () => {
  it('judges at least 140 queries, every class at least 9, only documents that exist', () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(140)
    for (const name of QUERY_CLASSES) {
      expect(JUDGEMENTS.filter((j) => j.class === name).length, name).toBeGreaterThanOrEqual(9)
    }
    const ids = new Set(docs.map((doc) => doc.id))
    for (const j of JUDGEMENTS) {
      expect(Object.keys(j.grades).length, j.query).toBeGreaterThan(0)
      for (const id of Object.keys(j.grades)) expect(ids.has(id), `${j.query}: ${id}`).toBe(true)
    }
    expect(new Set(JUDGEMENTS.map((j) => j.query)).size).toBe(JUDGEMENTS.length)
  })

  it('keeps MRR ≥ 0.9 and nDCG@5 ≥ 0.85 overall, and every class ≥ 0.75 on both', () => {
    const { overall, byClass } = evaluate(seedRanker(docs))
    const figures = JSON.stringify({ overall, byClass })
    expect(overall.mrr, figures).toBeGreaterThanOrEqual(0.9)
    expect(overall.ndcg, figures).toBeGreaterThanOrEqual(0.85)
    for (const [name, summary] of Object.entries(byClass)) {
      expect(summary.mrr, `${name} MRR`).toBeGreaterThanOrEqual(0.75)
      expect(summary.ndcg, `${name} nDCG@5`).toBeGreaterThanOrEqual(0.75)
    }
  })

  it('says when it falls back to fuzzy matching', () => {
    const index = createIndex(docs)
    const store = createStore(docs)
    expect(search(index, store, 'Dokwrek').fuzzy).toBe(true)
    expect(search(index, store, 'Dokwerk').fuzzy).toBe(false)
  })
})
