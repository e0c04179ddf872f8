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

/**
 * The best `first` items scoring at least `minScore`, in a deterministic order.
 * @example rankMatches(pairs, (p) => ({ score: p.score, createdAt: p.offering.createdAt, id: p.offering.id }), 10)
 */
export function rankMatches<T>(items: readonly T[], key: (item: T) => RankKey, first: number, minScore = 0): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .filter((x) => x.key.score >= minScore)
    .sort((a, b) => compareMatches(a.key, b.key))
    .slice(0, Math.max(0, first))
    .map((x) => x.item);
}
