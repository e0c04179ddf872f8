import type { AppConfig } from '@tradebridge/core';

/** Tuning of the outbox relay and the Meilisearch client. Defaults suit production; tests fork relays with smaller values. */
export interface SearchOptions {
  /** Outbox rows claimed per batch. */
  batchSize: number;
  /** How long a claimed row stays invisible to other relays; a relay that dies releases its rows after this. */
  leaseMs: number;
  /** First retry delay after a failure; doubles per attempt up to `backoffMaxMs`, with jitter. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Documents per Meilisearch task. */
  maxDocsPerTask: number;
  /** How long to wait for one Meilisearch task before treating it as failed (and retrying). */
  taskTimeoutMs: number;
  /** Timeout of one HTTP request to Meilisearch. */
  requestTimeoutMs: number;
  /** Timeout of a search request (then SERVICE_UNAVAILABLE). */
  searchTimeoutMs: number;
  /** How often the relay looks for documents whose validity ended. */
  sweepIntervalMs: number;
  /** Processed outbox rows older than this are deleted. */
  retentionDays: number;
  /** Relay poll interval (commits also wake the relay at once). */
  pollMs: number;
}

export const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  batchSize: 5_000,
  leaseMs: 120_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 60_000,
  maxDocsPerTask: 1_000,
  taskTimeoutMs: 30_000,
  requestTimeoutMs: 15_000,
  searchTimeoutMs: 5_000,
  sweepIntervalMs: 60_000,
  retentionDays: 7,
  pollMs: 200,
};

/** Optional AppConfig fields that override the defaults when core's config provides them. */
type SearchConfigFields = Partial<{
  relayPollMs: number;
  relayBatchSize: number;
  relayLeaseMs: number;
  relayBackoffBaseMs: number;
  relayBackoffMaxMs: number;
}>;

/** Defaults, then what the config provides, then explicit overrides. */
export function resolveSearchOptions(config: AppConfig, overrides: Partial<SearchOptions> = {}): SearchOptions {
  const c = config as AppConfig & SearchConfigFields;
  const fromConfig: Partial<SearchOptions> = {};
  if (c.relayPollMs !== undefined) fromConfig.pollMs = c.relayPollMs;
  if (c.relayBatchSize !== undefined) fromConfig.batchSize = c.relayBatchSize;
  if (c.relayLeaseMs !== undefined) fromConfig.leaseMs = c.relayLeaseMs;
  if (c.relayBackoffBaseMs !== undefined) fromConfig.backoffBaseMs = c.relayBackoffBaseMs;
  if (c.relayBackoffMaxMs !== undefined) fromConfig.backoffMaxMs = c.relayBackoffMaxMs;
  return { ...DEFAULT_SEARCH_OPTIONS, ...fromConfig, ...overrides };
}
