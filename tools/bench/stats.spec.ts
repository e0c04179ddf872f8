import { describe, expect, it } from '@jest/globals';
import { levelResult, mean, ndcgAt, percentile, recallAt, summarize } from './stats.js';

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

describe('ranking metrics', () => {
  const judged = { a: 3, b: 2, c: 1 };

  it('gives NDCG 1 to the ideal ranking and less to a worse one', () => {
    expect(ndcgAt(['a', 'b', 'c'], judged, 10)).toBeCloseTo(1, 10);
    const swapped = ndcgAt(['c', 'b', 'a'], judged, 10);
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0);
  });

  it('computes NDCG with gain 2^grade - 1 and a log2 discount', () => {
    // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 7/1.58496; IDCG over a, b, c = 7 + 3/1.58496 + 1/2
    const dcg = 1 + 7 / Math.log2(3);
    const idcg = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['c', 'a'], judged, 10)).toBeCloseTo(dcg / idcg, 10);
  });

  it('ignores unjudged hits, duplicates and everything below k', () => {
    expect(ndcgAt(['x', 'a'], { a: 3 }, 10)).toBeCloseTo(1 / Math.log2(3), 10);
    expect(ndcgAt(['a', 'a'], { a: 3, b: 3 }, 10)).toBeCloseTo(7 / (7 + 7 / Math.log2(3)), 10);
    expect(ndcgAt(['x', 'y', 'a'], { a: 3 }, 2)).toBe(0);
    expect(ndcgAt([], judged, 10)).toBe(0);
    expect(ndcgAt(['a'], {}, 10)).toBe(0);
  });

  it('computes recall at k over the keys judged relevant', () => {
    expect(recallAt(['a', 'x', 'c'], judged, 20)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(['x', 'a'], judged, 1)).toBe(0);
    expect(recallAt(['a'], { a: 0 }, 20)).toBe(0);
    expect(mean([1, 0, 0.5])).toBeCloseTo(0.5, 10);
    expect(mean([])).toBe(0);
  });
});
