// A closed-loop, time-boxed load generator: `concurrency` clients each send the next request as soon
// as their previous one is answered, for `durationMs`. Every request's latency is recorded (failed
// ones too: a fast error must not look like a fast answer without being counted).
import { performance } from 'node:perf_hooks';
import { levelResult, type LevelResult } from './stats.js';

/** One request: resolves true when it succeeded (HTTP 200 and, for GraphQL, no `errors`). */
export type Send = (index: number) => Promise<boolean>;

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  /** Not measured: primes connections, JIT and caches at this concurrency first. */
  warmupMs?: number;
  /** Called with the first few failures (for a diagnostic line). */
  onError?: (error: unknown, index: number) => void;
}

async function run(send: Send, concurrency: number, durationMs: number, record: boolean, onError?: LoadOptions['onError']) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      let ok = false;
      try {
        ok = await send(index);
      } catch (error) {
        if (record && errors < 3) onError?.(error, index);
      }
      const elapsed = performance.now() - t0;
      if (!record) continue;
      latencies.push(elapsed);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { latencies, errors, elapsedMs: performance.now() - started };
}

/**
 * Runs one concurrency level and returns rps, p50/p95/p99 and errors.
 * @example const c8 = await runLevel((i) => search(queries[i % queries.length]), { concurrency: 8, durationMs: 15_000 });
 */
export async function runLevel(send: Send, options: LoadOptions): Promise<LevelResult> {
  if (options.warmupMs) await run(send, options.concurrency, options.warmupMs, false);
  const { latencies, errors, elapsedMs } = await run(send, options.concurrency, options.durationMs, true, options.onError);
  return levelResult(latencies, errors, elapsedMs);
}

/** Runs `tasks` with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
