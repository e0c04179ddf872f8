import { describe, expect, it } from '@jest/globals';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('computes a value once per key', () => {
    const cache = new BoundedCache<string, number>(10);
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.get('a', compute)).toBe(1);
    expect(cache.get('a', compute)).toBe(1);
    expect(cache.get('b', compute)).toBe(2);
    expect(calls).toBe(2);
  });

  it('never holds more than its bound', () => {
    const cache = new BoundedCache<number, number>(3);
    for (let i = 0; i < 10; i++) cache.get(i, () => i * 2);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(cache.get(9, () => -1)).toBe(18);
  });
});
