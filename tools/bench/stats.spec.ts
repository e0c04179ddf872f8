import { describe, expect, it } from '@jest/globals';
import { levelResult, percentile, summarize } from './stats.js';

describe('benchmark statistics', () => {
  it('takes percentiles by the nearest-rank method', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([], 50)).toBeNull();
  });

  it('summarises latencies given in any order', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toEqual({ count: 5, p50_ms: 3, p95_ms: 5, p99_ms: 5, max_ms: 5, mean_ms: 3 });
    expect(summarize([]).p95_ms).toBeNull();
  });

  it('computes requests per second over the measured time and keeps errors apart', () => {
    const level = levelResult([10, 10, 10, 10], 1, 2000);
    expect(level.rps).toBe(2);
    expect(level.errors).toBe(1);
    expect(level.requests).toBe(4);
    expect(level.p95_ms).toBe(10);
  });
});
