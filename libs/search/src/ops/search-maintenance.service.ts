import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, type Logger } from '@tradebridge/core';
import { IndexWriter } from '../meili/index-writer.js';
import { MeiliService } from '../meili/meili.service.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { OutboxStore, type OutboxStats } from '../outbox/outbox-store.js';
import { SearchOutbox } from '../outbox/search-outbox.js';
import { SearchRegistry } from '../registry/search-registry.js';
import type { SearchSource } from '../registry/search-source.js';

const PAGE = 1000;
const LOAD_CHUNK = 500;
const SAMPLE = 20;

export interface ReindexReport {
  index: string;
  uid: string;
  documents: number;
  rejected: Array<{ id: string; error: string }>;
  ms: number;
}

export interface IndexCheckReport {
  index: string;
  uid: string;
  /** Searchable rows in PostgreSQL. */
  postgres: number;
  /** Documents in Meilisearch. */
  meilisearch: number;
  /** Searchable in PostgreSQL but not in the index. */
  missing: string[];
  /** In both, but the index holds an older version. */
  stale: string[];
  /** In the index but not searchable any more (deleted, archived, expired). */
  extra: string[];
  /** True when `fix` re-synced the differences. */
  fixed: boolean;
}

/**
 * Operations on the search indexes: rebuild from PostgreSQL with an atomic swap, compare index and
 * database (and repair), outbox statistics for /health.
 * @example const reports = await app.get(SearchMaintenance).reindex(); console.log(formatReindexReport(reports));
 */
@Injectable()
export class SearchMaintenance {
  constructor(
    private readonly registry: SearchRegistry,
    private readonly meili: MeiliService,
    private readonly writer: IndexWriter,
    private readonly store: OutboxStore,
    private readonly outbox: SearchOutbox,
    private readonly relay: OutboxRelay,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  outboxStats(): Promise<OutboxStats> {
    return this.store.stats();
  }

  /** Puts dead outbox rows back in the queue (after the cause was fixed). */
  requeueDead(entity?: string): Promise<number> {
    return this.store.requeueDead(entity);
  }

  /**
   * Builds each index afresh from PostgreSQL into `<uid>_tmp_<ts>` (settings first), catches up with
   * changes committed meanwhile, swaps it with the live index in one atomic step and deletes the old
   * one. Search keeps answering from the old index until the swap, so it is never empty.
   */
  async reindex(entities?: string[]): Promise<ReindexReport[]> {
    const reports: ReindexReport[] = [];
    for (const source of this.selected(entities)) reports.push(await this.reindexSource(source));
    return reports;
  }

  private async reindexSource(source: SearchSource): Promise<ReindexReport> {
    const started = Date.now();
    const live = this.meili.indexUid(source.index);
    const tmp = `${live}_tmp_${started}`;
    const since = await this.store.now();
    const rejected = new Map<string, string>();
    let documents = 0;
    try {
      await this.meili.applySettings(tmp, source.settings);
      for (let after: string | null = null; ; ) {
        const ids = await source.allIds(after, PAGE);
        if (ids.length === 0) break;
        for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
          const result = await this.writer.sync(source, ids.slice(i, i + LOAD_CHUNK), tmp);
          documents += result.upserted.length;
          result.poisoned.forEach((error, id) => rejected.set(id, error));
        }
        after = ids.at(-1) ?? null;
      }
      // Changes committed while the copy was built went to the live index: apply them to the copy.
      const beforeSwap = await this.store.now();
      await this.catchUp(source, tmp, since, rejected);
      const liveExists = await this.meili.indexExists(live);
      await this.meili.expectTask(
        this.meili.client.swapIndexes([liveExists ? { indexes: [live, tmp], rename: false } : { indexes: [tmp, live], rename: true }]),
        `swap ${tmp} into ${live}`,
      );
      // Changes synced into the old index between the catch-up and the swap: apply them to the new one.
      await this.catchUp(source, live, beforeSwap, rejected);
      if (liveExists) await this.meili.expectTask(this.meili.client.deleteIndex(tmp), `delete old ${source.index}`);
    } catch (error) {
      await this.meili.client.deleteIndexIfExists(tmp).catch(() => undefined);
      throw error;
    }
    for (const [id, error] of rejected) await this.store.recordDead(source.entity, id, 'search.document.rejected', error);
    this.logger.info({ index: live, documents, rejected: rejected.size }, 'search: reindexed');
    return { index: source.index, uid: live, documents, rejected: [...rejected].map(([id, error]) => ({ id, error })), ms: Date.now() - started };
  }

  /** Re-syncs into `uid` every id of `source` whose outbox rows (own or through a fan-out) were created since `since`. */
  private async catchUp(source: SearchSource, uid: string, since: Date, rejected: Map<string, string>): Promise<void> {
    const ids = new Set(await this.store.idsChangedSince(source.entity, since));
    for (const fanOut of this.registry.allFanOuts()) {
      const changed = await this.store.idsChangedSince(fanOut.entity, since);
      if (changed.length === 0) continue;
      for (const dep of await fanOut.dependents(changed)) if (dep.entity === source.entity) dep.ids.forEach((id) => ids.add(id));
    }
    const list = [...ids];
    for (let i = 0; i < list.length; i += LOAD_CHUNK) {
      const result = await this.writer.sync(source, list.slice(i, i + LOAD_CHUNK), uid);
      result.poisoned.forEach((error, id) => rejected.set(id, error));
      result.upserted.forEach((id) => rejected.delete(id));
    }
  }

  /**
   * Compares every index with PostgreSQL: documents missing from the index, stale ones (another
   * version) and extra ones (no longer searchable). With `fix`, the differences are queued in the
   * outbox and synced at once.
   */
  async checkIndex(options: { fix?: boolean; entities?: string[] } = {}): Promise<IndexCheckReport[]> {
    const reports: IndexCheckReport[] = [];
    for (const source of this.selected(options.entities)) {
      const report = await this.checkSource(source);
      const ids = [...report.missing, ...report.stale, ...report.extra];
      if (options.fix && ids.length) {
        await this.outbox.enqueue(source.entity, ids, 'search.document.repaired');
        report.fixed = true;
      }
      reports.push(report);
    }
    if (reports.some((r) => r.fixed)) await this.relay.drain(120_000);
    return reports;
  }

  private async checkSource(source: SearchSource): Promise<IndexCheckReport> {
    const versionField = source.versionField ?? 'version';
    const uid = this.meili.indexUid(source.index);
    const expected = new Map<string, string>();
    for (let after: string | null = null; ; ) {
      const ids = await source.allIds(after, PAGE);
      if (ids.length === 0) break;
      for (let i = 0; i < ids.length; i += LOAD_CHUNK) {
        for (const doc of await source.load(ids.slice(i, i + LOAD_CHUNK))) expected.set(doc.id, String(doc[versionField]));
      }
      after = ids.at(-1) ?? null;
    }
    const indexed = new Map<string, string>();
    if (await this.meili.indexExists(uid)) {
      for (let offset = 0; ; offset += PAGE) {
        const page = await this.meili.client.index(uid).getDocuments({ fields: ['id', versionField], limit: PAGE, offset });
        for (const doc of page.results) indexed.set(String(doc.id), String(doc[versionField]));
        if (page.results.length < PAGE) break;
      }
    }
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [id, version] of expected) {
      const actual = indexed.get(id);
      if (actual === undefined) missing.push(id);
      else if (actual !== version) stale.push(id);
    }
    const extra = [...indexed.keys()].filter((id) => !expected.has(id));
    return { index: source.index, uid, postgres: expected.size, meilisearch: indexed.size, missing, stale, extra, fixed: false };
  }

  private selected(entities?: string[]): SearchSource[] {
    const sources = this.registry.sources();
    if (!entities?.length) return sources;
    const unknown = entities.filter((e) => !sources.some((s) => s.entity === e || s.index === e));
    if (unknown.length) throw new Error(`No search index for: ${unknown.join(', ')}`);
    return sources.filter((s) => entities.includes(s.entity) || entities.includes(s.index));
  }
}

/** Human-readable lines for `npm run reindex`. */
export function formatReindexReport(reports: ReindexReport[]): string {
  return reports
    .map((r) => {
      const lines = [`${r.index} (${r.uid}): ${r.documents} documents in ${(r.ms / 1000).toFixed(1)} s`];
      for (const { id, error } of r.rejected.slice(0, SAMPLE)) lines.push(`  rejected ${id}: ${error}`);
      return lines.join('\n');
    })
    .join('\n');
}

/** Human-readable lines for `npm run search:check`; `ok` is false when any index differs (and was not fixed). */
export function formatIndexCheckReport(reports: IndexCheckReport[]): { text: string; ok: boolean } {
  let ok = true;
  const lines: string[] = [];
  for (const r of reports) {
    const differences = r.missing.length + r.stale.length + r.extra.length;
    if (differences && !r.fixed) ok = false;
    lines.push(
      `${r.index} (${r.uid}): ${r.postgres} searchable in PostgreSQL, ${r.meilisearch} in Meilisearch — ` +
        (differences === 0 ? 'in sync' : `${r.missing.length} missing, ${r.stale.length} stale, ${r.extra.length} extra${r.fixed ? ' (fixed)' : ''}`),
    );
    for (const [label, ids] of [['missing', r.missing], ['stale', r.stale], ['extra', r.extra]] as const) {
      if (ids.length) lines.push(`  ${label}: ${ids.slice(0, SAMPLE).join(', ')}${ids.length > SAMPLE ? ` … (+${ids.length - SAMPLE})` : ''}`);
    }
  }
  return { text: lines.join('\n'), ok };
}

