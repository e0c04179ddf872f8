// Relay hooks only tests need, kept out of the search lib: another relay over the same outbox.
import type { INestApplicationContext } from '@nestjs/common';
import { APP_CONFIG, LOGGER, type AppConfig, type Logger } from '@tradebridge/core';
import {
  ExpirySweep,
  IndexWriter,
  MeiliService,
  OutboxRelay,
  OutboxStore,
  RelayBatches,
  RelayHousekeeping,
  SEARCH_OPTIONS,
  SearchOutbox,
  SearchRegistry,
  type SearchOptions,
} from '@tradebridge/search';

/**
 * Another, independent relay over the same outbox with other options (a second relay, a short lease,
 * small batches), as a second process would run it. It is not started: call `start` or `drain`.
 * @example const other = forkRelay(t.app, { batchSize: 7, pollMs: 10 }); other.start(); ... await other.stop();
 */
export function forkRelay(app: INestApplicationContext, overrides: Partial<SearchOptions> = {}): OutboxRelay {
  const options: SearchOptions = { ...app.get<SearchOptions>(SEARCH_OPTIONS), ...overrides };
  const logger = app.get<Logger>(LOGGER);
  const store = app.get(OutboxStore);
  const meili = app.get(MeiliService);
  const batches = new RelayBatches(store, app.get(SearchRegistry), meili, app.get(IndexWriter), options, logger);
  const housekeeping = new RelayHousekeeping(store, app.get(ExpirySweep), options, logger);
  return new OutboxRelay(batches, housekeeping, store, meili, app.get(SearchOutbox), app.get<AppConfig>(APP_CONFIG), options, logger);
}
