// The search lib's public surface: infrastructure that knows no domain. Slices register their sources.
export * from './search.module.js';
export * from './search.options.js';
export * from './registry/search-source.js';
export { SearchRegistry } from './registry/search-registry.js';
export { MeiliService } from './meili/meili.service.js';
export { TermFrequencies } from './meili/term-frequencies.js';
export { IndexWriter, type SyncResult } from './meili/index-writer.js';
export { baseIndexSettings, granularFilterable, MAX_TOTAL_HITS } from './meili/base-settings.js';
export { MeiliTaskFailed, isUnavailable, describeError } from './meili/meili-errors.js';
export { SearchOutbox } from './outbox/search-outbox.js';
export { OutboxRelay } from './outbox/outbox-relay.js';
export { RelayBatches, type BatchOutcome } from './outbox/relay-batches.js';
export { RelayHousekeeping } from './outbox/relay-housekeeping.js';
export { ExpirySweep } from './outbox/expiry-sweep.js';
export { OutboxStore, type OutboxStats, type OutboxRow } from './outbox/outbox-store.js';
export { retryDelayMs } from './outbox/backoff.js';
export {
  SearchMaintenance,
  formatIndexCheckReport,
  formatReindexReport,
  type IndexCheckReport,
  type ReindexReport,
} from './ops/search-maintenance.service.js';
export * as filterExpr from './query/filter-expression.js';
export { encodeOffsetCursor, decodeOffsetCursor } from './query/offset-cursor.js';
export * from './text/index.js';
