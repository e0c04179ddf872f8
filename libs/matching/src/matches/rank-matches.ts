/** What orders matches: the score, then the newer listing, then the id (so equal scores never shuffle). */
export interface RankKey {
  score: number;
  createdAt: Date;
  id: string;
}

/** Score descending, then createdAt descending, then id ascending. */
export function compareMatches(a: RankKey, b: RankKey): number {
  if (a.score !== b.score) return b.score - a.score;
  const at = a.createdAt.getTime();
  const bt = b.createdAt.getTime();
  if (at !== bt) return bt - at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface RankOptions<C, T> {
  /** Scores a candidate (the costly part). */
  evaluate: (candidate: C) => T;
  /** A bound no score `evaluate` gives the candidate exceeds (cheap). */
  ceiling: (candidate: C) => number;
  key: (item: T) => RankKey;
  /** How many to keep, best first. */
  first: number;
  /** Leave out items scoring below this. */
  minScore?: number;
}

/**
 * The best `first` evaluated candidates scoring at least `minScore`, in a deterministic order, with
 * only the candidates evaluated that can still make the cut: in the order of their ceilings, stopping
 * at the first whose ceiling is below `minScore` or below the `first`-th best score so far. The same
 * result as evaluating every candidate, for a fraction of the evaluations when few are good.
 * @example rankMatches(pairs, { evaluate: evaluatePair, ceiling: scoreCeiling, key: (p) => ({ score: p.score, createdAt: p.offering.createdAt, id: p.offering.id }), first: 10 })
 */
export function rankMatches<C, T>(candidates: readonly C[], options: RankOptions<C, T>): T[] {
  const { evaluate, ceiling, key, minScore = 0 } = options;
  const first = Math.max(0, options.first);
  const best: { item: T; key: RankKey }[] = [];
  const ordered = candidates.map((candidate) => ({ candidate, ceiling: ceiling(candidate) })).sort((a, b) => b.ceiling - a.ceiling);
  for (const { candidate, ceiling: bound } of ordered) {
    if (first === 0 || bound < minScore || (best.length === first && bound < best[first - 1]!.key.score)) break;
    const item = evaluate(candidate);
    const itemKey = key(item);
    if (itemKey.score < minScore) continue;
    const at = best.findIndex((b) => compareMatches(itemKey, b.key) < 0);
    best.splice(at === -1 ? best.length : at, 0, { item, key: itemKey });
    if (best.length > first) best.pop();
  }
  return best.map((b) => b.item);
}
