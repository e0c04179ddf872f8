import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, LOGGER, queryCounter, type AppConfig, type Logger } from '@tradebridge/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { IndexWriter, type PendingSync } from '../meili/index-writer.js';
import { describeError, isUnavailable } from '../meili/meili-errors.js';
import { MeiliService } from '../meili/meili.service.js';
import { SearchRegistry } from '../registry/search-registry.js';
import type { IndexedChange } from '../registry/search-source.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import { retryDelayMs } from './backoff.js';
import { IndexedChangesQueue } from './indexed-changes-queue.js';
import { OutboxStore, type DeadMark, type OutboxRow, type RetryMark } from './outbox-store.js';
import { SearchOutbox } from './search-outbox.js';

interface WorkItem {
  events: Set<string>;
  rowIds: string[];
}
type Work = Map<string, Map<string, WorkItem>>;

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

const HOUR_MS = 3_600_000;
const EMPTY: BatchOutcome = { claimed: 0, done: 0, retried: 0, dead: 0, unavailable: false };

/**
 * Moves committed changes from `search_outbox` into Meilisearch. Claims due rows (leased, so any
 * number of relays may run), merges them per entity and id, follows fan-outs (organization ->
 * its listings), reloads the current rows through the sources, upserts or deletes documents and
 * checks each task; then marks the rows done, or retries them with capped exponential backoff and
 * jitter, or marks rows of rejected documents dead. While Meilisearch indexes one batch the next is
 * claimed, loaded and sent (Meilisearch applies an index's tasks in order), and indexed changes go to
 * the listeners (match alerts) through a queue the relay does not wait for. Runs inside the process
 * when RELAY_ENABLED, polling every RELAY_POLL_MS and woken at once by commits; `stop` lets the batches
 * in progress and the queued listener calls finish.
 * @example await app.get(OutboxRelay).drain(); // tests: everything committed so far is searchable
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private woken = false;
  private wakeUp: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastSweep = 0;
  private lastCleanup = 0;
  private readonly indexed: IndexedChangesQueue;
  /** Pumps running (the loop's or drain's), and who waits for none to run. */
  private pumping = 0;
  private quietWaiters: Array<() => void> = [];

  constructor(
    private readonly store: OutboxStore,
    private readonly registry: SearchRegistry,
    private readonly meili: MeiliService,
    private readonly writer: IndexWriter,
    private readonly outbox: SearchOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEARCH_OPTIONS) readonly options: SearchOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.indexed = new IndexedChangesQueue(() => this.registry.listeners(), logger, () => this.quiet());
  }

  /**
   * Another, independent relay over the same outbox with other options (tests: a second relay, a
   * short lease). It is not started; call `start` or `drain`.
   */
  fork(overrides: Partial<SearchOptions> = {}): OutboxRelay {
    return new OutboxRelay(
      this.store, this.registry, this.meili, this.writer, this.outbox, this.config,
      { ...this.options, ...overrides }, this.logger,
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.relayEnabled) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.unsubscribe = this.outbox.onEnqueued(() => this.wake());
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Stops polling; the batches in progress and the queued listener calls finish first. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.wake();
    await this.running;
    await this.indexed.idle();
  }

  /** Makes the loop look for work now instead of at its next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Processes until no row is pending (rows in retry backoff are waited for) and the listeners have
   * seen every change. Throws after `timeoutMs` with the last error. Tests call it before asserting on
   * search and alerts.
   */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let outcome = EMPTY;
      try {
        await this.meili.ensureReady();
        outcome = await this.pump({ untilStopped: false });
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (outcome.claimed > 0 && !outcome.unavailable) continue;
      const { count, nextDueInMs } = await this.store.pending();
      if (count === 0) {
        // The polling loop may have marked its last batch done without having handed the batch's changes
        // to the listeners yet: wait for its pump to finish, then for the listeners.
        await this.quiet();
        await this.indexed.idle();
        return;
      }
      if (Date.now() > deadline) {
        const stats = await this.store.stats();
        throw new Error(`search outbox not drained after ${timeoutMs} ms: ${stats.pending} rows pending`);
      }
      await sleep(Math.min(Math.max(nextDueInMs ?? 0, 20), 250));
    }
  }

  /**
   * Claims and syncs batches until none is due, Meilisearch is unreachable or (for the polling loop)
   * the relay stops. Batch N+1 is claimed, loaded and sent while Meilisearch still indexes batch N; N
   * completes first.
   */
  private async pump(options: { untilStopped: boolean }): Promise<BatchOutcome> {
    const total = { ...EMPTY };
    let settling: Promise<BatchOutcome> | undefined;
    this.pumping++;
    try {
      while (!total.unavailable && !(options.untilStopped && this.stopping)) {
        const rows = await this.store.claim(this.options.batchSize, this.options.leaseMs);
        if (rows.length === 0) break;
        const prepared = await uncounted(() => this.prepare(rows));
        if (settling) addOutcome(total, await settling);
        settling = uncounted(() => this.complete(prepared));
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

  /** Resolves once no batch is being claimed or synced (listeners wait for it). */
  private quiet(): Promise<void> {
    return this.pumping === 0 ? Promise.resolve() : new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  private async loop(): Promise<void> {
    let meiliDown = false;
    while (!this.stopping) {
      this.woken = false;
      let busy = false;
      try {
        // While Meilisearch is down, rows stay unclaimed (no attempts burnt, no long backoffs):
        // they are synced as soon as it answers again.
        if (meiliDown && !(await this.meili.isHealthy())) {
          await this.pause();
          continue;
        }
        await this.meili.ensureReady();
        const outcome = await this.pump({ untilStopped: true });
        meiliDown = outcome.unavailable;
        // A relay that is stopping ends the pump early: whatever is left is picked up after the restart.
        busy = outcome.claimed > 0 && !meiliDown;
        if (!meiliDown) await uncounted(() => this.housekeeping());
      } catch (error) {
        meiliDown = isUnavailable(error);
        this.logger.warn({ err: error }, 'search outbox relay: batch failed');
      }
      if (!busy) await this.pause();
    }
  }

  private async pause(): Promise<void> {
    if (this.stopping || this.woken) return;
    await new Promise<void>((resolve) => {
      // Not unref'd: in apps/worker this timer is what keeps the process alive.
      const timer = setTimeout(done, this.options.pollMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
    this.wakeUp = undefined;
  }

  /** Follows fan-outs, loads the documents and sends their tasks; failures mark rows for retry or dead. */
  private async prepare(rows: OutboxRow[]): Promise<PreparedBatch> {
    const batch: PreparedBatch = { rows, syncs: [], retry: new Map(), dead: new Map(), unavailable: false };
    const direct = groupRows(rows);
    const work: Work = new Map([...direct].map(([entity, items]) => [entity, new Map(items)]));
    const dependentRows = new Map<string, Set<string>>();

    for (const [entity, items] of direct) {
      const rowIds = [...items.values()].flatMap((item) => item.rowIds);
      const events = new Set([...items.values()].flatMap((item) => [...item.events]));
      for (const fanOut of this.registry.fanOuts(entity)) {
        const ignored = new Set(fanOut.ignoredEvents ?? []);
        const changed = [...items].filter(([, item]) => [...item.events].some((e) => !ignored.has(e))).map(([id]) => id);
        if (changed.length === 0) continue;
        try {
          for (const dep of await fanOut.dependents(changed)) {
            const target = work.get(dep.entity) ?? new Map<string, WorkItem>();
            work.set(dep.entity, target);
            for (const id of dep.ids) {
              const item = target.get(id) ?? { events: new Set<string>(), rowIds: [] };
              events.forEach((e) => item.events.add(e));
              target.set(id, item);
            }
            const waiting = dependentRows.get(dep.entity) ?? new Set<string>();
            rowIds.forEach((id) => waiting.add(id));
            dependentRows.set(dep.entity, waiting);
          }
        } catch (error) {
          this.fail(batch, rowIds, error);
        }
      }
    }

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

  /** Sweeps documents whose validity ended and deletes old processed rows, now and then. */
  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep >= this.options.sweepIntervalMs) {
      this.lastSweep = now;
      await this.sweepExpired().catch((error: unknown) => this.logger.warn({ err: error }, 'search: expiry sweep failed'));
    }
    if (now - this.lastCleanup >= HOUR_MS) {
      this.lastCleanup = now;
      await this.store
        .deleteProcessedBefore(this.options.retentionDays)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'search: outbox cleanup failed'));
    }
  }

  /**
   * Enqueues a re-sync for indexed documents whose `expiresAtField` has passed (a listing's validity
   * ended without any write), so they leave the index. Returns how many were found.
   */
  async sweepExpired(): Promise<number> {
    let found = 0;
    for (const source of this.registry.sources()) {
      if (!source.expiresAtField) continue;
      const result = await this.meili.index(source.index).search('', {
        filter: `${source.expiresAtField} <= ${Date.now()}`,
        limit: 1000,
        attributesToRetrieve: ['id'],
      });
      const ids = result.hits.map((hit) => String(hit.id));
      if (ids.length) await this.outbox.enqueue(source.entity, ids, 'search.document.expired');
      found += ids.length;
    }
    return found;
  }
}

/**
 * Runs background work outside the SQL statement count that tests use to prove list queries batch;
 * the relay's reloads would otherwise add to whatever request happens to be measured at the same moment.
 */
function uncounted<T>(work: () => Promise<T>): Promise<T> {
  return queryCounter.uncounted(work);
}

function addOutcome(total: BatchOutcome, outcome: BatchOutcome): void {
  total.claimed += outcome.claimed;
  total.done += outcome.done;
  total.retried += outcome.retried;
  total.dead += outcome.dead;
  total.unavailable ||= outcome.unavailable;
}

function groupRows(rows: OutboxRow[]): Work {
  const work: Work = new Map();
  for (const row of rows) {
    const items = work.get(row.entity) ?? new Map<string, WorkItem>();
    work.set(row.entity, items);
    const item = items.get(row.entityId) ?? { events: new Set<string>(), rowIds: [] };
    item.events.add(row.event);
    item.rowIds.push(row.id);
    items.set(row.entityId, item);
  }
  return work;
}
