import { createHash } from 'node:crypto';
import type { AppConfig } from '@tradebridge/core';
import type { Key, KeyCreation, Meilisearch } from 'meilisearch';
import { errorCode } from './meili-errors.js';

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

/** MEILI_SEARCH_KEY names a key that is not fit for searching this deployment (more rights, other indexes). */
export class SearchKeyRefused extends Error {
  constructor(problem: string) {
    super(`MEILI_SEARCH_KEY ${problem}: give a key with the "search" action on this deployment's indexes only`);
    this.name = 'SearchKeyRefused';
  }
}

/**
 * The key searches use: MEILI_SEARCH_KEY when given (checked with the master key: search only, these
 * indexes only), else the deployment's own search key, created on first use (found again by its uid).
 * Undefined for a Meilisearch without a master key (it has no keys: nothing to restrict).
 */
export async function resolveSearchKey(
  admin: Meilisearch,
  config: Pick<AppConfig, 'meiliMasterKey' | 'meiliSearchKey'>,
  indexUids: readonly string[],
): Promise<string | undefined> {
  const given = config.meiliSearchKey;
  if (given) {
    if (config.meiliMasterKey) {
      const key = await keyOrNull(admin, given);
      if (!key) throw new SearchKeyRefused('is not a key of this Meilisearch');
      const problem = searchKeyProblem(key, indexUids);
      if (problem) throw new SearchKeyRefused(problem);
    }
    return given;
  }
  if (!config.meiliMasterKey) return undefined;
  const wanted = searchKeyCreation(indexUids);
  const existing = await keyOrNull(admin, wanted.uid);
  if (existing && searchKeyProblem(existing, indexUids) === null) return existing.key;
  if (existing) await admin.deleteKey(wanted.uid);
  try {
    return (await admin.createKey(wanted)).key;
  } catch (error) {
    // Another replica created it at the same moment.
    if (errorCode(error) === 'api_key_already_exists') return (await admin.getKey(wanted.uid)).key;
    throw error;
  }
}

async function keyOrNull(admin: Meilisearch, keyOrUid: string): Promise<Key | null> {
  try {
    return await admin.getKey(keyOrUid);
  } catch (error) {
    if (errorCode(error) === 'api_key_not_found') return null;
    throw error;
  }
}
