// Pure helpers of the benchmark and the relevance runner: percentiles, latency summaries and
// ranking metrics. No I/O, so tools/bench/stats.spec.ts can check them.

/**
 * The p-th percentile (0..100) by the nearest-rank method on an ascending array; null when empty.
 * @example percentile([10, 20, 30, 40], 50) // 20
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

export interface LatencySummary {
  count: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
  mean_ms: number | null;
}

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** p50 / p95 / p99 / max / mean of latencies in ms (any order), rounded to 0.01 ms. */
export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : null;
  return {
    count: sorted.length,
    p50_ms: round2(percentile(sorted, 50)),
    p95_ms: round2(percentile(sorted, 95)),
    p99_ms: round2(percentile(sorted, 99)),
    max_ms: round2(percentile(sorted, 100)),
    mean_ms: round2(mean),
  };
}

/** One concurrency level of a load run, as bench-results.json records it. */
export interface LevelResult {
  rps: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  errors: number;
  requests: number;
  duration_s: number;
}

/** Requests per second and latency percentiles of a time-boxed run (`latencies` of successful and failed requests). */
export function levelResult(latencies: readonly number[], errors: number, durationMs: number): LevelResult {
  const s = summarize(latencies);
  const seconds = durationMs / 1000;
  return {
    rps: seconds > 0 ? Math.round((latencies.length / seconds) * 10) / 10 : 0,
    p50_ms: s.p50_ms,
    p95_ms: s.p95_ms,
    p99_ms: s.p99_ms,
    errors,
    requests: latencies.length,
    duration_s: Math.round(seconds * 100) / 100,
  };
}

/** Graded judgements of one query: stable key -> grade (1 = related, 2 = relevant, 3 = exactly what was asked for). */
export type Judgements = Readonly<Record<string, number>>;

/**
 * Normalised discounted cumulative gain at k, with gain 2^grade - 1 and log2(rank + 1) discount.
 * Unjudged results count as grade 0. 1 for a perfect ranking; 0 when nothing relevant is in the top k
 * (or nothing is judged relevant at all).
 * @example ndcgAt(['a', 'b'], { a: 3, b: 1 }, 10) // 1
 */
export function ndcgAt(ranked: readonly string[], judged: Judgements, k: number): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const seen = new Set<string>();
  let dcg = 0;
  ranked.slice(0, k).forEach((key, i) => {
    if (seen.has(key)) return; // a duplicate hit earns nothing twice
    seen.add(key);
    dcg += gain(judged[key] ?? 0) / Math.log2(i + 2);
  });
  const ideal = Object.values(judged)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Share of the judged-relevant keys (grade >= 1) found in the top k; 0 when none is judged relevant. */
export function recallAt(ranked: readonly string[], judged: Judgements, k: number): number {
  const relevant = Object.keys(judged).filter((key) => (judged[key] ?? 0) > 0);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((key) => top.has(key)).length / relevant.length;
}

/** Arithmetic mean (0 for an empty list). */
export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, x) => s + x, 0) / values.length : 0;
}
