import { describe, expect, it } from '@jest/globals';
import { dcg, meanOf, ndcgAt } from './ndcg.js';

describe('NDCG', () => {
  it('is 1 for the ideal order and less for worse orders', () => {
    const grades = { a: 3, b: 2, c: 1 };
    expect(ndcgAt(['a', 'b', 'c'], grades)).toBeCloseTo(1, 10);
    expect(ndcgAt(['c', 'b', 'a'], grades)!).toBeLessThan(1);
    expect(ndcgAt(['x', 'y'], grades)).toBe(0);
  });

  it('uses gain 2^g - 1 with a log2 discount and cuts at k', () => {
    expect(dcg([3, 1], 10)).toBeCloseTo(7 + 1 / Math.log2(3), 10);
    expect(dcg([3, 3, 3], 1)).toBe(7);
    expect(ndcgAt(['x', 'a'], { a: 1 }, 1)).toBe(0);
  });

  it('leaves queries without relevant results out of the mean', () => {
    expect(ndcgAt(['a'], { a: 0 })).toBeNull();
    expect(meanOf([1, null, 0.5])).toBe(0.75);
    expect(meanOf([])).toBe(0);
  });
});
