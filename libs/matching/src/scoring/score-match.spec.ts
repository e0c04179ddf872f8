import { describe, expect, it } from '@jest/globals';
import { MATCH_WEIGHTS } from './match-weights.js';
import { categoryCredit, roundScore, scoreMatch, type MatchSignals } from './score-match.js';

const perfect: MatchSignals = {
  text: 1,
  category: { depth: 3, exact: true, commonCode: '87.04' },
  leadTime: 'fits',
  price: 'fits',
  region: 'fits',
  verified: true,
};
const nothing: MatchSignals = {
  text: 0,
  category: { depth: 0, exact: false, commonCode: null },
  leadTime: 'misses',
  price: 'misses',
  region: 'misses',
  verified: false,
};

describe('scoreMatch', () => {
  it('weights add up to 1, so scores span 0..1', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(scoreMatch(perfect)).toBe(1);
    expect(scoreMatch(nothing)).toBe(0);
  });

  it('adds each signal by its weight', () => {
    expect(scoreMatch({ ...nothing, text: 0.8 })).toBeCloseTo(0.8 * MATCH_WEIGHTS.text, 4);
    expect(scoreMatch({ ...nothing, verified: true })).toBeCloseTo(MATCH_WEIGHTS.verified, 4);
    expect(scoreMatch({ ...nothing, leadTime: 'fits', price: 'fits' })).toBeCloseTo(MATCH_WEIGHTS.leadTime + MATCH_WEIGHTS.price, 4);
  });

  it('gives half credit to what cannot be told (no deadline, no price, another currency)', () => {
    expect(scoreMatch({ ...nothing, leadTime: 'unknown', price: 'unknown', region: 'unknown' })).toBeCloseTo(
      0.5 * (MATCH_WEIGHTS.leadTime + MATCH_WEIGHTS.price + MATCH_WEIGHTS.region),
      4,
    );
  });

  it('ranks the category subtree: same heading > same chapter > same section > none', () => {
    const at = (depth: number) => scoreMatch({ ...nothing, category: { depth, exact: false, commonCode: 'x' } });
    expect(at(3)).toBeGreaterThan(at(2));
    expect(at(2)).toBeGreaterThan(at(1));
    expect(at(1)).toBeGreaterThan(at(0));
    expect(categoryCredit({ depth: 2, exact: true, commonCode: 'S.MAINTENANCE' })).toBe(1);
  });

  it('keeps a match without shared words below the default alert threshold, whatever else fits', () => {
    expect(scoreMatch({ ...perfect, text: 0 })).toBeLessThan(0.6);
    expect(scoreMatch({ ...perfect, text: 0.5 })).toBeGreaterThanOrEqual(0.6);
  });

  it('clamps out-of-range text scores and rounds to 4 decimals', () => {
    expect(scoreMatch({ ...nothing, text: 7 })).toBeCloseTo(MATCH_WEIGHTS.text, 4);
    expect(scoreMatch({ ...nothing, text: -1 })).toBe(0);
    expect(scoreMatch({ ...nothing, text: Number.NaN })).toBe(0);
    expect(roundScore(0.123456)).toBe(0.1235);
  });
});
