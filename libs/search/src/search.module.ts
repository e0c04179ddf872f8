import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradebridge/core';
import { IndexWriter } from './meili/index-writer.js';
import { MeiliService } from './meili/meili.service.js';
import { TermFrequencies } from './meili/term-frequencies.js';
import { SearchMaintenance } from './ops/search-maintenance.service.js';
import { SearchMetrics } from './ops/search-metrics.js';
import { ExpirySweep } from './outbox/expiry-sweep.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { OutboxStore } from './outbox/outbox-store.js';
import { RelayBatches } from './outbox/relay-batches.js';
import { RelayHousekeeping } from './outbox/relay-housekeeping.js';
import { SearchOutbox } from './outbox/search-outbox.js';
import { SearchRegistry } from './registry/search-registry.js';
import { resolveSearchOptions, SEARCH_OPTIONS, type SearchOptions } from './search.options.js';

const EXPORTED = [SearchRegistry, MeiliService, TermFrequencies, SearchOutbox, OutboxRelay, ExpirySweep, SearchMaintenance, IndexWriter, OutboxStore, SEARCH_OPTIONS];

/**
 * Search infrastructure (no domain): the Meilisearch client, the registry slices put their sources
 * into, the outbox and its relay (started when RELAY_ENABLED), reindex / check operations. Global:
 * import it once in the application module; slices inject `SearchRegistry` and `SearchOutbox`.
 * @example imports: [ConfigModule.forRoot(config, logger), DatabaseModule, SearchModule.forRoot(), ...]
 */
@Global()
@Module({})
export class SearchModule {
  static forRoot(overrides: Partial<SearchOptions> = {}): DynamicModule {
    return {
      module: SearchModule,
      providers: [
        { provide: SEARCH_OPTIONS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => resolveSearchOptions(config, overrides) },
        SearchRegistry,
        MeiliService,
        TermFrequencies,
        IndexWriter,
        OutboxStore,
        SearchOutbox,
        RelayBatches,
        ExpirySweep,
        RelayHousekeeping,
        OutboxRelay,
        SearchMaintenance,
        SearchMetrics,
      ],
      exports: EXPORTED,
    };
  }
}
