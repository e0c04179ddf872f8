import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, LOGGER, type AppConfig, type Logger } from '@tradebridge/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { isUnavailable } from '../meili/meili-errors.js';
import { MeiliService } from '../meili/meili.service.js';
import { SEARCH_OPTIONS, type SearchOptions } from '../search.options.js';
import { NO_BATCH, RelayBatches, type BatchOutcome } from './relay-batches.js';
import { RelayHousekeeping } from './relay-housekeeping.js';
import { OutboxStore } from './outbox-store.js';
import { SearchOutbox } from './search-outbox.js';

export type { BatchOutcome } from './relay-batches.js';

/**
 * Moves committed changes from `search_outbox` into Meilisearch: the polling loop around the batch
 * pipeline (RelayBatches: claim, fan out, reload, send, mark) and its housekeeping (expiry sweep, old
 * rows). Rows are leased, so any number of relays may run. Runs inside the process when RELAY_ENABLED,
 * polling every RELAY_POLL_MS and woken at once by commits; while Meilisearch is down nothing is claimed
 * until it answers again. `stop` lets the batches in progress and the queued listener calls finish.
 * @example await app.get(OutboxRelay).drain(); // everything committed so far is searchable
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private woken = false;
  private wakeUp: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly batches: RelayBatches,
    private readonly housekeeping: RelayHousekeeping,
    private readonly store: OutboxStore,
    private readonly meili: MeiliService,
    private readonly outbox: SearchOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEARCH_OPTIONS) readonly options: SearchOptions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.relayEnabled) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
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
    await this.batches.idle();
  }

  /** Makes the loop look for work now instead of at its next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Processes until no row is pending (rows in retry backoff are waited for) and the listeners have
   * seen every change, whether or not the loop runs. Throws after `timeoutMs` with the last error.
   * `search:check --fix` and tests call it.
   */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let outcome: BatchOutcome = NO_BATCH;
      try {
        await this.meili.ensureReady();
        outcome = await this.batches.pump();
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (outcome.claimed > 0 && !outcome.unavailable) continue;
      const { count, nextDueInMs } = await this.store.pending();
      if (count === 0) {
        await this.batches.idle();
        return;
      }
      if (Date.now() > deadline) {
        const stats = await this.store.stats();
        throw new Error(`search outbox not drained after ${timeoutMs} ms: ${stats.pending} rows pending`);
      }
      await sleep(Math.min(Math.max(nextDueInMs ?? 0, 20), 250));
    }
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
        // A relay that is stopping ends the pump early: whatever is left is picked up after the restart.
        const outcome = await this.batches.pump(() => this.stopping);
        meiliDown = outcome.unavailable;
        busy = outcome.claimed > 0 && !meiliDown;
        if (!meiliDown) await this.housekeeping.run();
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
}
