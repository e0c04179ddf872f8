import type { Settings } from 'meilisearch';

/** A document as sent to Meilisearch; `id` is the row id. */
export interface SearchDocument {
  id: string;
  [field: string]: unknown;
}

/** One synced entity as the relay hands it to listeners after indexing. */
export interface IndexedChange {
  entity: string;
  id: string;
  /** The outbox events merged for this id since the last sync, e.g. ['catalog.offering.published']. */
  events: string[];
  /** True when the entity is now in the index, false when it was removed (not searchable). */
  indexed: boolean;
}

/**
 * How a domain slice puts one entity into search. The search lib knows no domain: slices register
 * sources with `SearchRegistry` at module init.
 */
export interface SearchSource {
  /** Outbox entity name, e.g. 'offering'. */
  entity: string;
  /** Index name without MEILI_INDEX_PREFIX, e.g. 'offerings'. */
  index: string;
  /** Index settings applied idempotently at start (searchable, filterable, sortable attributes, ...). */
  settings: Settings;
  /**
   * The current documents for these ids. Ids not returned (deleted, draft, archived, expired) are removed
   * from the index. Must never include e-mails or phone numbers.
   */
  load(ids: string[]): Promise<SearchDocument[]>;
  /** Every searchable id greater than `afterId`, ascending, at most `limit` (reindex, search:check). */
  allIds(afterId: string | null, limit: number): Promise<string[]>;
  /**
   * A document field whose value changes whenever the document does (search:check compares it to find
   * stale documents). Default: 'version'.
   */
  versionField?: string;
  /**
   * A filterable numeric field (unix ms, or null) after which the document stops being searchable without
   * any write (validity ends). The relay sweeps such documents out of the index.
   */
  expiresAtField?: string;
}

/** When entity A changes, documents of other entities may change too (an organization renamed -> its offerings). */
export interface SearchFanOut {
  entity: string;
  /** Events that never change the dependents (an organization just created has no listings yet but its own, which have their own rows). */
  ignoredEvents?: readonly string[];
  /** Given changed ids of `entity`, the dependent { entity, ids } to re-sync. */
  dependents(ids: string[]): Promise<Array<{ entity: string; ids: string[] }>>;
}

/** Called by the relay after a batch is indexed (match alerts, metrics). Errors are logged, never retried. */
export type IndexedListener = (changes: IndexedChange[]) => Promise<void>;
