// Bulk indexing: the synthetic data set is written with BenchDataLoader (one transaction, an outbox row
// per organization and listing), then the outbox relay drains it into Meilisearch; the clock stops when
// every public listing is a document, i.e. searchable.
import { performance } from 'node:perf_hooks';
import { BenchDataLoader } from '@tradebridge/demo';
import { MeiliService, OutboxRelay, OutboxStore } from '@tradebridge/search';
import type { Settings } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { PhaseRecorder } from './cpu-monitor.js';
import type { BenchEnvironment } from './environment.js';

export interface BulkResult {
  offerings: number;
  needs: number;
  organizations: number;
  generate_s: number;
  load_s: number;
  load_rows_per_s: number;
  /** From the load's commit until every public listing is searchable. */
  index_s: number;
  /** Documents in the offerings and needs indexes after the drain (public listings only). */
  documents: number;
  /** documents / index_s: the relay + Meilisearch throughput. */
  bulk_index_docs_per_s: number;
  /** documents / (load_s + index_s): from nothing to searchable. */
  end_to_end_docs_per_s: number;
  outbox_dead: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function bulkIndex(
  env: BenchEnvironment,
  options: { offerings: number; needs: number; seed: number },
  log: (line: string) => void,
  phases?: PhaseRecorder,
): Promise<BulkResult> {
  const { offerings, needs, seed } = options;
  const context = await env.openContext();
  try {
    const overrides = process.env.BENCH_MEILI_SETTINGS;
    if (overrides) {
      // What-if experiments on index settings Meilisearch's own defaults cover (keys the sources do not set
      // are left alone by ensureReady), e.g. BENCH_MEILI_SETTINGS='{"facetSearch":false}'.
      const meili = context.get(MeiliService);
      await meili.ensureReady();
      for (const uid of [meili.indexUid('offerings'), meili.indexUid('needs')]) {
        await meili.expectTask(meili.client.index(uid).updateSettings(JSON.parse(overrides) as Settings), `bench settings of ${uid}`);
      }
      log(`  index settings overridden: ${overrides}`);
    }
    let lastPrint = 0;
    phases?.begin('bulk_load');
    const loaded = await context.get(BenchDataLoader).loadBench({
      offerings,
      needs,
      seed,
      onProgress: (written, total) => {
        if (performance.now() - lastPrint < 2000) return;
        lastPrint = performance.now();
        log(`  loading ${written}/${total} rows`);
      },
    });
    phases?.end('bulk_load');
    log(`  loaded ${loaded.rows} rows in ${loaded.seconds.toFixed(1)} s; draining the outbox into Meilisearch`);
    const meili = context.get(MeiliService);
    const relay = context.get(OutboxRelay);
    const started = performance.now();
    phases?.begin('bulk_index');
    const progress = setInterval(() => {
      void context
        .get(OutboxStore)
        .stats()
        .then((s) => log(`  indexing: ${s.pending} outbox rows pending, ${Math.round((performance.now() - started) / 1000)} s`))
        .catch(() => undefined);
    }, 10_000);
    try {
      await meili.ensureReady();
      await relay.drain(60 * 60_000);
    } finally {
      clearInterval(progress);
    }
    const indexSeconds = (performance.now() - started) / 1000;
    phases?.end('bulk_index');
    const stats = await meili.client.getStats();
    const documents = Object.entries(stats.indexes)
      .filter(([uid]) => uid === meili.indexUid('offerings') || uid === meili.indexUid('needs'))
      .reduce((sum, [, s]) => sum + s.numberOfDocuments, 0);
    const outbox = await context.get(OutboxStore).stats();
    // What autovacuum would do a minute later: without statistics the planner picks poor plans for the
    // PostgreSQL figures that follow.
    await context.get(DataSource).query('ANALYZE');
    return {
      offerings: loaded.offerings,
      needs: loaded.needs,
      organizations: loaded.organizations,
      generate_s: round(loaded.generateSeconds),
      load_s: round(loaded.seconds),
      load_rows_per_s: Math.round(loaded.rowsPerSecond),
      index_s: round(indexSeconds),
      documents,
      bulk_index_docs_per_s: Math.round(documents / indexSeconds),
      end_to_end_docs_per_s: Math.round(documents / (loaded.seconds + indexSeconds)),
      outbox_dead: outbox.dead,
    };
  } finally {
    await context.close();
  }
}
