import { describe, expect, it } from '@jest/globals';
import { compareMatches, rankMatches, type RankKey } from './rank-matches.js';

const item = (id: string, score: number, created: string) => ({ id, score, createdAt: new Date(created) });
/** Items that are their own key, evaluated as they are (ceiling = score). */
const rank = (items: RankKey[], first: number, minScore?: number) =>
  rankMatches(items, { evaluate: (x) => x, ceiling: (x) => x.score, key: (x) => x, first, minScore }).map((x) => x.id);

/** A small deterministic generator (no flaky randomness). */
function* lcg(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    yield s / 2 ** 31;
  }
}

describe('rankMatches', () => {
  it('orders by score, then newer first, then id, whatever the input order', () => {
    const items = [
      item('b', 0.8, '2027-01-01'),
      item('a', 0.8, '2027-01-01'),
      item('c', 0.8, '2027-02-01'),
      item('d', 0.9, '2026-01-01'),
    ];
    const expected = ['d', 'c', 'a', 'b'];
    expect(rank(items, 10)).toEqual(expected);
    expect(rank([...items].reverse(), 10)).toEqual(expected);
  });

  it('keeps the first n at or above the minimum score', () => {
    const items = [item('a', 0.5, '2027-01-01'), item('b', 0.7, '2027-01-01'), item('c', 0.6, '2027-01-01')];
    expect(rank(items, 10, 0.6)).toEqual(['b', 'c']);
    expect(rank(items, 1)).toEqual(['b']);
    expect(rank(items, 0)).toEqual([]);
  });

  it('gives what evaluating every candidate gives, evaluating only those whose ceiling can make the cut', () => {
    const random = lcg(7);
    const next = () => random.next().value as number;
    for (let round = 0; round < 50; round++) {
      // Scores on a coarse grid, so ties (broken by date and id) are frequent; ceilings at or above the score.
      const candidates = Array.from({ length: 40 }, (_, i) => {
        const score = Math.round(next() * 20) / 20;
        return { id: `c${String(i).padStart(2, '0')}`, score, createdAt: new Date(2027, 0, 1 + Math.floor(next() * 3)), ceiling: score + Math.round(next() * 4) / 20 };
      });
      const first = 1 + Math.floor(next() * 12);
      const minScore = round % 3 === 0 ? 0.5 : 0;
      const expected = [...candidates].filter((c) => c.score >= minScore).sort(compareMatches).slice(0, first).map((c) => c.id);
      const evaluated: string[] = [];
      const ranked = rankMatches(candidates, {
        evaluate: (c) => (evaluated.push(c.id), c),
        ceiling: (c) => c.ceiling,
        key: (c) => c,
        first,
        minScore,
      });
      expect(ranked.map((c) => c.id)).toEqual(expected);
      // Every candidate left unevaluated had a ceiling below the cut.
      const cut = ranked.length === first ? ranked[first - 1]!.score : minScore;
      for (const c of candidates) if (!evaluated.includes(c.id)) expect(c.ceiling < cut || c.ceiling < minScore).toBe(true);
    }
  });

  it('stops evaluating once no ceiling left can beat the best found', () => {
    const candidates = [item('top', 0.9, '2027-01-01'), ...Array.from({ length: 20 }, (_, i) => item(`low${i}`, 0.1, '2027-01-01'))];
    let evaluations = 0;
    const ranked = rankMatches(candidates, { evaluate: (c) => (evaluations++, c), ceiling: (c) => c.score + 0.2, key: (c) => c, first: 1 });
    expect(ranked.map((c) => c.id)).toEqual(['top']);
    expect(evaluations).toBe(1);
  });

  it('compares equal keys as equal', () => {
    expect(compareMatches(item('a', 1, '2027-01-01'), item('a', 1, '2027-01-01'))).toBe(0);
  });
});
