import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, type Logger } from '@tradebridge/core';
import { IndexWriter, type PendingSync } from '../meili/index-writer.js';
import { describeError, isUnavailable } from '../meili/meili-errors.js';
import { MeiliService } from '../meili/meili.service.js';
import { SearchRegistry } from '../registry/search-registry.js';
import type { IndexedChange } from '../registry/search-source.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import { retryDelayMs } from './backoff.js';
import { planWork, type WorkItem } from './fan-out.js';
import { IndexedChangesQueue } from './indexed-changes-queue.js';
import { OutboxStore, type DeadMark, type OutboxRow, type RetryMark } from './outbox-store.js';

/** A claimed batch whose documents are sent to Meilisearch, waiting for `complete`. */
interface PreparedBatch {
  rows: OutboxRow[];
  syncs: Array<{ entity: string; items: Map<string, WorkItem>; rowIds: string[]; pending: PendingSync }>;
  /** Row id -> error: retried with backoff. */
  retry: Map<string, string>;
  /** Row id -> error: recorded dead. */
  dead: Map<string, string>;
  unavailable: boolean;
}

export interface BatchOutcome {
  claimed: number;
  done: number;
  retried: number;
  dead: number;
  /** Meilisearch could not be reached during the batch. */
  unavailable: boolean;
}

export const NO_BATCH: BatchOutcome = { claimed: 0, done: 0, retried: 0, dead: 0, unavailable: false };

/**
 * The relay's batch pipeline: claims due outbox rows, plans the documents (fan-outs included), reloads
 * them through the sources and sends their tasks, then waits for the tasks, marks the rows done, for
 * retry (capped exponential backoff with jitter) or dead (a document Meilisearch rejects), and hands
 * the indexed changes to the listeners through a queue it does not wait for. While Meilisearch indexes
 * batch N, batch N+1 is claimed, loaded and sent (an index applies its tasks in order).
 */
@Injectable()
export class RelayBatches {
  private readonly indexed: IndexedChangesQueue;
  /** Pumps running (the loop's or drain's), and who waits for none to run. */
  private pumping = 0;
  private quietWaiters: Array<() => void> = [];

  constructor(
    private readonly store: OutboxStore,
    private readonly registry: SearchRegistry,
    private readonly meili: MeiliService,
    private readonly writer: IndexWriter,
    @Inject(SEARCH_OPTIONS) private readonly options: SearchOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.indexed = new IndexedChangesQueue(() => this.registry.listeners(), logger, () => this.quiet());
  }

  /**
   * Claims and syncs batches until none is due, Meilisearch is unreachable or `stop()` says so (the
   * polling loop stopping). Batch N+1 is claimed, loaded and sent while Meilisearch still indexes batch N;
   * N completes first.
   */
  async pump(stop: () => boolean = () => false): Promise<BatchOutcome> {
    const total = { ...NO_BATCH };
    let settling: Promise<BatchOutcome> | undefined;
    this.pumping++;
    try {
      while (!total.unavailable && !stop()) {
        const rows = await this.store.claim(this.options.batchSize, this.options.leaseMs);
        if (rows.length === 0) break;
        const prepared = await this.prepare(rows);
        if (settling) addOutcome(total, await settling);
        settling = this.complete(prepared);
        if (prepared.unavailable) break;
      }
    } finally {
      try {
        if (settling) addOutcome(total, await settling);
      } finally {
        if (--this.pumping === 0) this.quietWaiters.splice(0).forEach((resolve) => resolve());
      }
    }
    return total;
  }

  /** Resolves once no batch is being claimed or synced and the listeners have seen every change handed over. */
  async idle(): Promise<void> {
    // A pump (the polling loop's) may have marked its last batch done without having handed the batch's
    // changes to the listeners yet: wait for it to finish, then for the listeners.
    await this.quiet();
    await this.indexed.idle();
  }

  /** Resolves once no batch is being claimed or synced (listeners wait for it). */
  private quiet(): Promise<void> {
    return this.pumping === 0 ? Promise.resolve() : new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  /** Plans the batch's documents, loads them and sends their tasks; failures mark rows for retry or dead. */
  private async prepare(rows: OutboxRow[]): Promise<PreparedBatch> {
    const batch: PreparedBatch = { rows, syncs: [], retry: new Map(), dead: new Map(), unavailable: false };
    const { work, dependentRows, failed } = await planWork(rows, this.registry);
    for (const { rowIds, error } of failed) this.fail(batch, rowIds, error);

    for (const [entity, items] of work) {
      const ownRows = [...items.values()].flatMap((item) => item.rowIds);
      const rowIds = [...ownRows, ...(dependentRows.get(entity) ?? [])];
      const source = this.registry.source(entity);
      if (!source) {
        if (!this.registry.handles(entity)) {
          for (const id of ownRows) batch.dead.set(id, `no search source or fan-out is registered for entity "${entity}"`);
        }
        continue;
      }
      try {
        const pending = await this.writer.enqueue(source, [...items.keys()], this.meili.indexUid(source.index));
        batch.syncs.push({ entity, items, rowIds, pending });
      } catch (error) {
        this.syncFailed(batch, entity, items.size, rowIds, error);
      }
    }
    return batch;
  }

  /** Waits for the batch's tasks, records poisoned documents, marks the rows and queues the changes. */
  private async complete(batch: PreparedBatch): Promise<BatchOutcome> {
    const changes: IndexedChange[] = [];
    for (const { entity, items, rowIds, pending } of batch.syncs) {
      try {
        const result = await this.writer.settle(pending);
        for (const [id, error] of result.poisoned) {
          const item = items.get(id);
          this.logger.error({ entity, id, error }, 'search: Meilisearch rejected a document; recorded as dead');
          if (item?.rowIds.length) item.rowIds.forEach((rowId) => batch.dead.set(rowId, error));
          else await this.store.recordDead(entity, id, 'search.document.rejected', error);
        }
        const eventsOf = (id: string) => [...(items.get(id)?.events ?? [])];
        for (const id of result.upserted) changes.push({ entity, id, events: eventsOf(id), indexed: true });
        for (const id of result.deleted) if (!result.poisoned.has(id)) changes.push({ entity, id, events: eventsOf(id), indexed: false });
      } catch (error) {
        this.syncFailed(batch, entity, items.size, rowIds, error);
      }
    }

    const retryMarks: RetryMark[] = [];
    const deadMarks: DeadMark[] = [...batch.dead].map(([id, error]) => ({ id, error }));
    const done: string[] = [];
    for (const row of batch.rows) {
      if (batch.dead.has(row.id)) continue;
      const error = batch.retry.get(row.id);
      if (error === undefined) {
        done.push(row.id);
        continue;
      }
      // Meilisearch down: come back soon (the loop waits for it to answer first); other failures back off.
      const attempts = batch.unavailable ? 1 : row.attempts;
      retryMarks.push({ id: row.id, error, delayMs: retryDelayMs(attempts, { baseMs: this.options.backoffBaseMs, maxMs: this.options.backoffMaxMs }) });
    }
    await this.store.finish(done, retryMarks, deadMarks);
    await this.indexed.push(changes);
    return { claimed: batch.rows.length, done: done.length, retried: retryMarks.length, dead: deadMarks.length, unavailable: batch.unavailable };
  }

  private syncFailed(batch: PreparedBatch, entity: string, ids: number, rowIds: Iterable<string>, error: unknown): void {
    this.logger.warn({ err: error, entity, ids }, 'search: sync failed; will retry');
    this.fail(batch, rowIds, error);
  }

  private fail(batch: PreparedBatch, rowIds: Iterable<string>, error: unknown): void {
    if (isUnavailable(error)) batch.unavailable = true;
    for (const id of rowIds) if (!batch.dead.has(id)) batch.retry.set(id, describeError(error));
  }
}

function addOutcome(total: BatchOutcome, outcome: BatchOutcome): void {
  total.claimed += outcome.claimed;
  total.done += outcome.done;
  total.retried += outcome.retried;
  total.dead += outcome.dead;
  total.unavailable ||= outcome.unavailable;
}
