/** Graded relevance of results: key -> 0 (not relevant) .. 3 (exactly what is needed). */
export type Grades = Readonly<Record<string, number>>;

/** Discounted cumulative gain of the first `k` grades (gain 2^g - 1, discount log2(rank + 1)). */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  return sum;
}

/**
 * NDCG@k of a ranking against graded judgements (unjudged results count as 0). Null when nothing is
 * judged relevant (the ideal ranking has no gain), so such queries stay out of the mean.
 * @example ndcgAt(['a', 'b'], { a: 3, b: 1 }, 10) // 1
 */
export function ndcgAt(ranked: readonly string[], grades: Grades, k = 10): number | null {
  const ideal = dcg(Object.values(grades).filter((g) => g > 0).sort((a, b) => b - a), k);
  if (ideal === 0) return null;
  return dcg(ranked.map((key) => grades[key] ?? 0), k) / ideal;
}

/** The mean of the non-null values (0 when there are none). */
export function meanOf(values: ReadonlyArray<number | null>): number {
  const kept = values.filter((v): v is number => v !== null);
  return kept.length === 0 ? 0 : kept.reduce((a, b) => a + b, 0) / kept.length;
}
