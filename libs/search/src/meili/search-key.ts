import { createHash } from 'node:crypto';
import type { Key, KeyCreation } from 'meilisearch';

/** The only action a search key may carry. */
export const SEARCH_ACTIONS = ['search'];

/**
 * The Meilisearch API key this deployment searches with: `search` only, on exactly its own indexes.
 * Its uid is derived from the index uids, so every start (and every replica) finds the same key
 * instead of creating another one.
 * @example searchKeyCreation(['prod_offerings', 'prod_needs'])
 */
export function searchKeyCreation(indexUids: readonly string[]): KeyCreation & { uid: string } {
  const indexes = [...indexUids].sort();
  return {
    uid: uuidFrom(`tradebridge-search-key:${indexes.join(',')}`),
    name: `tradebridge search (${indexes.join(', ')})`.slice(0, 255),
    description: 'Created by TradeBridge at start: search only, on this deployment\'s indexes',
    actions: SEARCH_ACTIONS,
    indexes,
    expiresAt: null,
  };
}

/**
 * Why a key is not fit to be this deployment's search key (null when it is): it must allow nothing
 * but `search`, on named indexes only (no `*` or prefix patterns reaching other deployments), without expiring.
 */
export function searchKeyProblem(key: Pick<Key, 'actions' | 'indexes'>, indexUids: readonly string[]): string | null {
  const extra = key.actions.filter((action) => !SEARCH_ACTIONS.includes(action));
  if (extra.length > 0) return `allows more than search (${extra.join(', ')})`;
  const foreign = key.indexes.filter((index) => !indexUids.includes(index));
  if (foreign.length > 0) return `reaches other indexes (${foreign.join(', ')})`;
  const missing = indexUids.filter((index) => !key.indexes.includes(index));
  if (missing.length > 0) return `cannot search ${missing.join(', ')}`;
  return null;
}

/** A UUID v4-shaped id from a hash of `text` (Meilisearch wants key uids in that form). */
function uuidFrom(text: string): string {
  const bytes = createHash('sha256').update(text).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
