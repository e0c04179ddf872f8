import { CATEGORY_DEPTH_CREDIT, FIT_CREDIT, MATCH_WEIGHTS, TEXT_BLEND } from './match-weights.js';

/** A yes/no signal that may be impossible to tell (no deadline, no price, another currency). */
export type Fit = keyof typeof FIT_CREDIT;

/** The deepest category two listings share. */
export interface CategoryCloseness {
  /** Codes both paths start with: 0 none, 1 section (or sector), 2 chapter, 3 heading. */
  depth: number;
  /** Both listings sit in the very same category. */
  exact: boolean;
  /** The deepest shared category, null when none. */
  commonCode: string | null;
}

/** What a need and an offering have in common, as the score reads it. */
export interface MatchSignals {
  /** Text relevance 0..1 (see textRelevance). */
  text: number;
  category: CategoryCloseness;
  leadTime: Fit;
  price: Fit;
  region: Fit;
  verified: boolean;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** Rounded to 4 decimals, so equal-looking scores are equal and order by the tie-breakers. */
export function roundScore(n: number): number {
  return Math.round(clamp01(n) * 10_000) / 10_000;
}

/** Meilisearch's ranking score (0 when only the category query found the listing) blended with term coverage. */
export function textRelevance(rankingScore: number, coverage: number): number {
  return TEXT_BLEND.rankingScore * clamp01(rankingScore) + TEXT_BLEND.coverage * clamp01(coverage);
}

export function categoryCredit(category: CategoryCloseness): number {
  if (category.exact) return 1;
  return CATEGORY_DEPTH_CREDIT[Math.min(3, Math.max(0, category.depth))] ?? 0;
}

/**
 * The 0..1 score of a match: the weighted sum of its signals (weights in match-weights.ts).
 * @example scoreMatch({ text: 0.8, category: { depth: 3, exact: true, commonCode: '87.04' }, leadTime: 'fits', price: 'fits', region: 'fits', verified: true }) // 0.91
 */
export function scoreMatch(signals: MatchSignals): number {
  const w = MATCH_WEIGHTS;
  return roundScore(
    w.text * clamp01(signals.text) +
      w.category * categoryCredit(signals.category) +
      w.leadTime * FIT_CREDIT[signals.leadTime] +
      w.price * FIT_CREDIT[signals.price] +
      w.region * FIT_CREDIT[signals.region] +
      w.verified * (signals.verified ? 1 : 0),
  );
}
