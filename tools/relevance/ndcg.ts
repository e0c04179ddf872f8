// The ranking metrics of `npm run relevance` (search and Need.matches alike): NDCG@k and recall@k
// against graded judgements, and their mean. One rule for a query (or need) with nothing judged
// relevant: it has no ideal ranking, so both metrics are null for it and it stays out of the means (a 0
// would blame the ranker for a gap in the judgements). The judged sets hold no such entry today.

/** Graded relevance of results: key -> 0 (not relevant) .. 3 (exactly what was asked for). */
export type Grades = Readonly<Record<string, number>>;

/** Discounted cumulative gain of the first `k` grades (gain 2^g - 1, discount log2(rank + 1)). */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  return sum;
}

/**
 * NDCG@k of a ranking against graded judgements: unjudged results count as 0, a result listed twice
 * earns once. Null when nothing is judged relevant.
 * @example ndcgAt(['a', 'b'], { a: 3, b: 1 }, 10) // 1
 */
export function ndcgAt(ranked: readonly string[], grades: Grades, k = 10): number | null {
  const ideal = dcg(Object.values(grades).filter((g) => g > 0).sort((a, b) => b - a), k);
  if (ideal === 0) return null;
  const seen = new Set<string>();
  const gains = ranked.slice(0, k).map((key) => {
    if (seen.has(key)) return 0;
    seen.add(key);
    return grades[key] ?? 0;
  });
  return dcg(gains, k) / ideal;
}

/** Share of the keys judged relevant (grade >= 1) found in the top k; null when none is judged relevant. */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number | null {
  const relevant = Object.keys(grades).filter((key) => (grades[key] ?? 0) > 0);
  if (relevant.length === 0) return null;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((key) => top.has(key)).length / relevant.length;
}

/** The mean of the non-null values (0 when there are none). */
export function meanOf(values: ReadonlyArray<number | null>): number {
  const kept = values.filter((v): v is number => v !== null);
  return kept.length === 0 ? 0 : kept.reduce((a, b) => a + b, 0) / kept.length;
}
