import { describe, expect, it } from '@jest/globals';
import { dcg, meanOf, ndcgAt, recallAt } from './ndcg.js';

describe('NDCG', () => {
  const judged = { a: 3, b: 2, c: 1 };

  it('is 1 for the ideal order and less for worse orders', () => {
    expect(ndcgAt(['a', 'b', 'c'], judged)).toBeCloseTo(1, 10);
    const swapped = ndcgAt(['c', 'b', 'a'], judged)!;
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeGreaterThan(0);
    expect(ndcgAt(['x', 'y'], judged)).toBe(0);
  });

  it('uses gain 2^g - 1 with a log2 discount and cuts at k', () => {
    expect(dcg([3, 1], 10)).toBeCloseTo(7 + 1 / Math.log2(3), 10);
    expect(dcg([3, 3, 3], 1)).toBe(7);
    // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3); IDCG over a, b, c = 7 + 3/log2(3) + 1/2
    expect(ndcgAt(['c', 'a'], judged, 10)).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 3 / Math.log2(3) + 1 / 2), 10);
    expect(ndcgAt(['x', 'a'], { a: 1 }, 1)).toBe(0);
    expect(ndcgAt(['x', 'y', 'a'], { a: 3 }, 2)).toBe(0);
  });

  it('counts unjudged hits as 0 and a duplicate hit once', () => {
    expect(ndcgAt(['x', 'a'], { a: 3 }, 10)).toBeCloseTo(1 / Math.log2(3), 10);
    expect(ndcgAt(['a', 'a'], { a: 3, b: 3 }, 10)).toBeCloseTo(7 / (7 + 7 / Math.log2(3)), 10);
    expect(ndcgAt([], judged, 10)).toBe(0);
  });

  it('has no value for a query with nothing judged relevant, which the mean leaves out', () => {
    expect(ndcgAt(['a'], { a: 0 })).toBeNull();
    expect(ndcgAt(['a'], {})).toBeNull();
    expect(meanOf([1, null, 0.5])).toBe(0.75);
    expect(meanOf([])).toBe(0);
  });
});

describe('recall', () => {
  const judged = { a: 3, b: 2, c: 1 };

  it('is the share of the keys judged relevant found in the top k', () => {
    expect(recallAt(['a', 'x', 'c'], judged, 20)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(['x', 'a'], judged, 1)).toBe(0);
  });

  it('has no value when nothing is judged relevant', () => {
    expect(recallAt(['a'], { a: 0 }, 20)).toBeNull();
  });
});
