import { describe, expect, it } from '@jest/globals';
import { compareMatches, rankMatches } from './rank-matches.js';

const item = (id: string, score: number, created: string) => ({ id, score, createdAt: new Date(created) });

describe('rankMatches', () => {
  it('orders by score, then newer first, then id, whatever the input order', () => {
    const items = [
      item('b', 0.8, '2027-01-01'),
      item('a', 0.8, '2027-01-01'),
      item('c', 0.8, '2027-02-01'),
      item('d', 0.9, '2026-01-01'),
    ];
    const expected = ['d', 'c', 'a', 'b'];
    expect(rankMatches(items, (x) => x, 10).map((x) => x.id)).toEqual(expected);
    expect(rankMatches([...items].reverse(), (x) => x, 10).map((x) => x.id)).toEqual(expected);
  });

  it('keeps the first n at or above the minimum score', () => {
    const items = [item('a', 0.5, '2027-01-01'), item('b', 0.7, '2027-01-01'), item('c', 0.6, '2027-01-01')];
    expect(rankMatches(items, (x) => x, 10, 0.6).map((x) => x.id)).toEqual(['b', 'c']);
    expect(rankMatches(items, (x) => x, 1).map((x) => x.id)).toEqual(['b']);
  });

  it('compares equal keys as equal', () => {
    expect(compareMatches(item('a', 1, '2027-01-01'), item('a', 1, '2027-01-01'))).toBe(0);
  });
});
