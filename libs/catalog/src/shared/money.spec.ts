import { describe, expect, it } from '@jest/globals';
import { normalizeMoney, toCents } from './money.js';

describe('money', () => {
  it('reads decimal strings as cents', () => {
    expect(toCents('350000')).toBe(35_000_000n);
    expect(toCents('350000.5')).toBe(35_000_050n);
    expect(toCents('0.07')).toBe(7n);
    expect(toCents('99999999999999.99')).toBe(9_999_999_999_999_999n);
  });

  it('refuses what is not a non-negative amount with at most 2 decimals', () => {
    for (const bad of ['-1', '1.234', '1e5', '', '.5', '1.', 'abc', ' 1']) expect(toCents(bad)).toBeNull();
  });

  it('answers with exactly two decimals, as numeric(16,2) does', () => {
    expect(normalizeMoney('350000')).toBe('350000.00');
    expect(normalizeMoney('350000.5')).toBe('350000.50');
    expect(normalizeMoney('0')).toBe('0.00');
    expect(normalizeMoney('0.5')).toBe('0.50');
    expect(normalizeMoney('007.10')).toBe('7.10');
  });
});
