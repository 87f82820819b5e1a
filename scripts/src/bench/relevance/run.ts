/**
 * `pnpm bench relevance [--json file]`
 *
 * Runs the judgement set (judgements.ts) on the seeded corpus, built as the site builds it, and
 * prints nDCG@5 and MRR overall and per query class, then the queries that got worse since the
 * last run (per-query figures kept in node_modules/.cache/mao-bench/relevance-last.json of the
 * scripts package, which git ignores).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { evaluate, seedRanker, type Evaluation, type QueryScore, type Summary } from './evaluate'
import { QUERY_CLASSES } from './judgements'

const SCRIPTS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const LAST_RUN_FILE = path.join(SCRIPTS_ROOT, 'node_modules/.cache/mao-bench/relevance-last.json')

/** A change smaller than this is rounding noise, not a query that got worse. */
const EPSILON = 1e-9

interface Worse {
  query: string
  class: string
  ndcgBefore: number
  ndcg: number
  rrBefore: number
  rr: number
  top: string[]
}

/** Queries whose nDCG@5 or reciprocal rank dropped since `previous` (matched by query text). */
export function worseThan(previous: readonly QueryScore[], current: readonly QueryScore[]): Worse[] {
  const before = new Map(previous.map((s) => [s.query, s]))
  const worse: Worse[] = []
  for (const now of current) {
    const then = before.get(now.query)
    if (then === undefined) continue
    if (now.ndcg < then.ndcg - EPSILON || now.rr < then.rr - EPSILON) {
      worse.push({
        query: now.query,
        class: now.class,
        ndcgBefore: then.ndcg,
        ndcg: now.ndcg,
        rrBefore: then.rr,
        rr: now.rr,
        top: now.top,
      })
    }
  }
  return worse
}

const fixed = (value: number): string => value.toFixed(3)

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)))
  return rows
    .map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n')
}

export function formatEvaluation(evaluation: Evaluation): string {
  const row = (name: string, s: Summary) => [name, String(s.queries), fixed(s.ndcg), fixed(s.mrr)]
  const classes = QUERY_CLASSES.filter((name) => evaluation.byClass[name] !== undefined)
  return table([
    ['class', 'queries', 'nDCG@5', 'MRR'],
    ...classes.map((name) => row(name, evaluation.byClass[name]!)),
    row('overall', evaluation.overall),
  ])
}

async function readLast(): Promise<QueryScore[] | undefined> {
  try {
    return (JSON.parse(await readFile(LAST_RUN_FILE, 'utf8')) as { scores: QueryScore[] }).scores
  } catch {
    return undefined
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'string' } } })
  const evaluation = evaluate(seedRanker())
  console.log(formatEvaluation(evaluation))

  const previous = await readLast()
  console.log('')
  if (previous === undefined) {
    console.log('Worse since the last run: first run')
  } else {
    const worse = worseThan(previous, evaluation.scores)
    console.log(`Worse since the last run: ${worse.length === 0 ? 'none' : worse.length}`)
    for (const w of worse) {
      console.log(
        `  ${w.query} (${w.class}): nDCG@5 ${fixed(w.ndcgBefore)} → ${fixed(w.ndcg)}, RR ${fixed(w.rrBefore)} → ${fixed(w.rr)}; now ${w.top.join(', ')}`,
      )
    }
  }

  const weakest = evaluation.scores.filter((s) => s.ndcg < 0.75 || s.rr < 1)
  if (weakest.length > 0) {
    console.log(`\nQueries below nDCG@5 0.75 or not answered first: ${weakest.length}`)
    for (const s of weakest)
      console.log(`  ${s.query} (${s.class}): nDCG@5 ${fixed(s.ndcg)}, RR ${fixed(s.rr)}; ${s.top.join(', ')}`)
  }

  await mkdir(path.dirname(LAST_RUN_FILE), { recursive: true })
  await writeFile(LAST_RUN_FILE, `${JSON.stringify(evaluation, null, 2)}\n`)
  if (values.json) await writeFile(values.json, `${JSON.stringify(evaluation, null, 2)}\n`)
}
