import { describe, expect, it } from '@jest/globals';
import { chunks } from './chunks.js';

describe('chunks', () => {
  it('cuts in order, the last slice shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });

  it('refuses a size below 1 (it would never end)', () => {
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });
});
