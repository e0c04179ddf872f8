// Pure helpers of the benchmark: percentiles and latency summaries. No I/O, so
// tools/bench/stats.spec.ts can check them. (Ranking metrics: tools/relevance/ndcg.ts.)

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
