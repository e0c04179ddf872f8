/**
 * Delay before retry number `attempts` (1 = after the first failure): capped exponential backoff
 * with "equal jitter" — half the delay is fixed, half random — so many rows that failed together
 * (Meilisearch down) do not all come back in the same millisecond, yet never retry immediately.
 * @example retryDelayMs(3, { baseMs: 1000, maxMs: 60000 }) // 2000..4000
 */
export function retryDelayMs(
  attempts: number,
  limits: { baseMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 30);
  const ceiling = Math.min(limits.maxMs, limits.baseMs * 2 ** exponent);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
