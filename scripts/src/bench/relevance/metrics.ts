/**
 * Ranking metrics over graded judgements (pure functions). Grades: 3 perfect, 2 good, 1
 * acceptable; a document without a grade counts as 0.
 */

export type Grade = 0 | 1 | 2 | 3

/** Judged documents of one query: document id → grade (unlisted ids are 0). */
export type Grades = Readonly<Record<string, Grade>>

export const NDCG_DEPTH = 5
/**
 * MRR counts the first result graded good or better: a merely acceptable page (grade 1) at the
 * top does not answer the query, so it should not score as if it did.
 */
export const MRR_MIN_GRADE = 2

const gain = (grade: number): number => 2 ** grade - 1
const discount = (rank: number): number => Math.log2(rank + 2)

function dcg(grades: readonly number[], depth: number): number {
  let sum = 0
  for (let i = 0; i < Math.min(depth, grades.length); i += 1) sum += gain(grades[i]!) / discount(i)
  return sum
}

/**
 * nDCG@depth with gain 2^grade − 1 and discount log2(rank + 1); the ideal ranking is the
 * judged grades sorted high to low. A query without any graded document scores 1 (nothing could
 * have been ranked better).
 */
export function ndcgAt(ranking: readonly string[], grades: Grades, depth: number = NDCG_DEPTH): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((grade) => grade > 0)
      .sort((a, b) => b - a),
    depth,
  )
  if (ideal === 0) return 1
  return (
    dcg(
      ranking.map((id) => grades[id] ?? 0),
      depth,
    ) / ideal
  )
}

/** 1 / rank of the first result graded ≥ `minGrade` (default `MRR_MIN_GRADE`), 0 when none is ranked. */
export function reciprocalRank(ranking: readonly string[], grades: Grades, minGrade: number = MRR_MIN_GRADE): number {
  const rank = ranking.findIndex((id) => (grades[id] ?? 0) >= minGrade)
  return rank < 0 ? 0 : 1 / (rank + 1)
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length
}
